package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type T struct {
	A int               `json:"a"`
	B []string          `json:"b,omitempty"`
	C map[string]float64 `json:"c"`
}

func main() {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	fmt.Println("stack starts:", strings.SplitN(string(buf[:n]), "\n", 2)[0])
	fmt.Println("debug.Stack has main.main:", bytes.Contains(debug.Stack(), []byte("main.main")))
	fmt.Println("SetMaxStack prev:", debug.SetMaxStack(1<<20))
	fmt.Println("SetGCPercent prev:", debug.SetGCPercent(50))
	bi, ok := debug.ReadBuildInfo()
	fmt.Println("buildinfo:", ok, bi != nil && bi.Path != "")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("memstats:", ms.HeapAlloc > 0, ms.NumGC >= 0, ms.Sys > 0)
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.NumCPU() > 0, strings.HasPrefix(runtime.Version(), "go1.19"))
	loc, err := time.LoadLocation("America/New_York")
	fmt.Println(loc, err, time.Date(2020, 7, 1, 12, 0, 0, 0, time.UTC).In(loc).Format(time.RFC3339))
	d, _ := os.MkdirTemp("", "gojc")
	defer os.RemoveAll(d)
	os.WriteFile(filepath.Join(d, "b.txt"), []byte("bee"), 0644)
	os.WriteFile(filepath.Join(d, "a.txt"), []byte("ay"), 0600)
	os.Mkdir(filepath.Join(d, "sub"), 0755)
	ents, _ := os.ReadDir(d)
	for _, e := range ents {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), info.Mode().Perm())
	}
	t0 := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	os.Chtimes(filepath.Join(d, "a.txt"), t0, t0)
	st, _ := os.Stat(filepath.Join(d, "a.txt"))
	fmt.Println("mtime:", st.ModTime().UTC())
	var m sync.Map
	m.Store("x", 1)
	m.Store("y", 2)
	v, _ := m.Load("y")
	fmt.Println("sync.Map:", v)
	p := sync.Pool{New: func() any { return new(bytes.Buffer) }}
	b := p.Get().(*bytes.Buffer)
	b.WriteString("pooled")
	p.Put(b)
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var ready int32
	go func() { mu.Lock(); atomic.StoreInt32(&ready, 1); cond.Broadcast(); mu.Unlock() }()
	mu.Lock()
	for atomic.LoadInt32(&ready) == 0 {
		cond.Wait()
	}
	mu.Unlock()
	fmt.Println("cond ok")
	js, _ := json.Marshal(T{A: 1, C: map[string]float64{"z": 1.5, "a": 2}})
	fmt.Println(string(js))
	var back T
	fmt.Println(json.Unmarshal([]byte(`{"a":7,"b":["p","q"],"c":{"k":3}}`), &back), back.A, back.B, back.C)
	keys := []string{"pear", "apple", "fig"}
	sort.Strings(keys)
	fmt.Println(keys)
	var wg sync.WaitGroup
	var total int64
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) { defer wg.Done(); atomic.AddInt64(&total, int64(i)) }(i)
	}
	wg.Wait()
	fmt.Println("total", total)
	tk := time.NewTicker(5 * time.Millisecond)
	c := 0
	for range tk.C {
		c++
		if c == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", c)
}
