// runtime/metrics: every metric of All reads with its documented kind, unknown names read as
// KindBad, and the documented relations between metrics hold (values differ between runtimes).
package main

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
)

func main() {
	descs := metrics.All()
	samples := make([]metrics.Sample, len(descs)+1)
	for i := range descs {
		samples[i].Name = descs[i].Name
	}
	samples[len(descs)].Name = "/no/such:metric"
	runtime.GC()
	for round := 0; round < 2; round++ { // the second Read reuses the histograms
		metrics.Read(samples)
		kindsOK := true
		for i, d := range descs {
			v := samples[i].Value
			if v.Kind() != d.Kind {
				kindsOK = false
				fmt.Println("kind mismatch:", d.Name)
			}
			if v.Kind() == metrics.KindFloat64Histogram {
				h := v.Float64Histogram()
				if len(h.Buckets) != len(h.Counts)+1 {
					fmt.Println("bad histogram:", d.Name)
				}
			}
		}
		fmt.Println("kinds ok:", kindsOK, "unknown is bad:", samples[len(descs)].Value.Kind() == metrics.KindBad)
	}

	get := func(name string) uint64 {
		for _, s := range samples {
			if s.Name == name {
				return s.Value.Uint64()
			}
		}
		panic(name)
	}
	var sum uint64
	for _, d := range descs {
		if strings.HasPrefix(d.Name, "/memory/classes/") && d.Name != "/memory/classes/total:bytes" {
			sum += get(d.Name)
		}
	}
	fmt.Println("classes sum to total:", sum == get("/memory/classes/total:bytes"))
	fmt.Println("objects > 0:", get("/memory/classes/heap/objects:bytes") > 0)
	forced, auto, total := get("/gc/cycles/forced:gc-cycles"), get("/gc/cycles/automatic:gc-cycles"), get("/gc/cycles/total:gc-cycles")
	fmt.Println("forced >= 1:", forced >= 1, "total = forced + automatic:", total == forced+auto)
	fmt.Println("gomaxprocs:", get("/sched/gomaxprocs:threads") == uint64(runtime.GOMAXPROCS(0)))
	done := make(chan bool)
	go func() { <-done }()
	metrics.Read(samples)
	fmt.Println("goroutines >= 2:", get("/sched/goroutines:goroutines") >= 2)
	close(done)

	defer func() { fmt.Println("recovered:", recover()) }()
	samples[0].Value.Float64()
}
