package main

import "time"

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	for _, layout := range []string{time.ANSIC, time.RFC3339, time.RFC3339Nano, time.RFC1123, time.Kitchen, "2006-01-02 15:04:05.000", "Mon Jan _2 3PM", time.StampMicro} {
		println(t.Format(layout))
	}
	println(t.String())
	u := t.Add(36*time.Hour + 30*time.Minute)
	println(u.Format(time.RFC3339), u.Weekday().String(), u.YearDay())
	println(u.Sub(t).String(), t.Before(u), u.After(t), t.Equal(t.Add(0)))
	println(t.AddDate(0, 3, 25).Format("2006-01-02"), t.Unix(), t.UnixMilli())
	z := time.FixedZone("XYZ", -5*3600-30*60)
	println(t.In(z).Format(time.RFC1123Z), t.In(z).Format(time.RFC822))
	p, err := time.Parse("2006-01-02 15:04:05 -0700", "2021-03-04 05:06:07 +0200")
	println(err == nil, p.UTC().Format(time.RFC3339), p.Month().String())
	_, err = time.Parse(time.RFC3339, "not a time")
	println(err.Error())
	d, err := time.ParseDuration("1h15m30.5s")
	println(d.String(), err == nil)
	y, w := t.ISOWeek()
	println(y, w, t.Truncate(time.Hour).Format("15:04:05"), t.Round(time.Hour).Hour())
}
