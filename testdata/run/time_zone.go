package main

import "time"

func main() {
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		println("error:", err.Error())
		return
	}
	t := time.Date(2022, 7, 1, 12, 0, 0, 0, time.UTC)
	println(t.In(loc).Format(time.RFC1123Z), loc.String())
	_, err = time.LoadLocation("Nowhere/Special")
	println(err.Error())
	println(time.Local.String(), t.In(time.Local).Format("15:04 MST"))
}
