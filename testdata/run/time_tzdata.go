// time/tzdata registers its embedded zone database with time (by linkname). ZONEINFO names no
// file, so time goes on to the system's zoneinfo and then to the embedded data; on a machine
// without /usr/share/zoneinfo the zones below come from the embedded data alone.
package main

import (
	"fmt"
	"time"
	_ "time/tzdata"
)

func main() {
	for _, name := range []string{"America/New_York", "Asia/Kolkata", "Europe/Berlin", "Australia/Sydney", "Nowhere/Special"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, "error:", err)
			continue
		}
		for _, month := range []time.Month{1, 7} {
			t := time.Date(2021, month, 1, 12, 0, 0, 0, time.UTC).In(loc)
			_, off := t.Zone()
			fmt.Println(loc, t.Format(time.RFC3339), t.Format("MST"), off)
		}
	}
}
