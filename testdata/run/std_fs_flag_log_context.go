package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing/fstest"
	"time"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

var ErrBase = errors.New("base")

type key string

func main() {
	dir, err := os.MkdirTemp("", "smoke")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	for _, p := range []string{"a/b/c.txt", "a/d.go", "e.txt", "a/b/f.go"} {
		full := filepath.Join(dir, p)
		os.MkdirAll(filepath.Dir(full), 0755)
		os.WriteFile(full, []byte("data:"+p), 0644)
	}
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		rel, _ := filepath.Rel(dir, p)
		fmt.Println("walk", rel, info.IsDir(), info.Size())
		return nil
	})
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		if d.Name() == "b" {
			return filepath.SkipDir
		}
		fmt.Println("walkdir", rel, d.IsDir(), d.Type().IsRegular())
		return nil
	})
	m, err := filepath.Glob(filepath.Join(dir, "a", "*.go"))
	for i := range m {
		m[i], _ = filepath.Rel(dir, m[i])
	}
	fmt.Println(m, err)
	_, err = filepath.Glob("[")
	fmt.Println(err)
	fmt.Println(filepath.Rel("/a/b", "/a/c/d"))
	fmt.Println(filepath.Rel("a", "/b"))
	fmt.Println(filepath.Clean("a//b/../c/."), filepath.Ext("x.tar.gz"), filepath.Base("/a/b/"), filepath.IsAbs("/x"), filepath.SplitList("/a:/b"))
	fmt.Println(path.Match("*.go", "x.go"))
	fmt.Println(path.Split("a/b/c"))
	fsys := os.DirFS(dir)
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("fs", p, d.IsDir())
		return nil
	})
	bs, err := fs.ReadFile(fsys, "a/d.go")
	fmt.Println(string(bs), err)
	_, err = fs.ReadFile(fsys, "nope")
	fmt.Println(errors.Is(err, fs.ErrNotExist), strings.Replace(err.Error(), dir, "DIR", 1))
	ents, _ := fs.ReadDir(fsys, "a")
	for _, e := range ents {
		fmt.Println(e.Name(), e.IsDir())
	}
	gm, _ := fs.Glob(fsys, "*/*.go")
	fmt.Println(gm)
	sub, _ := fs.Sub(fsys, "a/b")
	st, err := fs.Stat(sub, "c.txt")
	fmt.Println(st.Name(), st.Size(), err)
	mfs := fstest.MapFS{"x/y.txt": {Data: []byte("hi")}, "z": {Data: []byte("zz")}}
	fmt.Println(fstest.TestFS(mfs, "x/y.txt", "z"))
	_, err = os.Open(filepath.Join(dir, "missing"))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, errors.Is(err, os.ErrNotExist))

	fset := flag.NewFlagSet("prog", flag.ContinueOnError)
	fset.SetOutput(os.Stdout)
	v := fset.Bool("v", false, "verbose")
	n := fset.Int("n", 1, "count")
	s := fset.String("name", "def", "a name")
	d := fset.Duration("d", time.Second, "dur")
	var list []string
	fset.Func("x", "repeat", func(s string) error { list = append(list, s); return nil })
	err = fset.Parse([]string{"-v", "-n=5", "--name", "bob", "-d", "1m30s", "-x", "a", "-x=b", "rest", "-z"})
	fmt.Println(err, *v, *n, *s, *d, list, fset.Args(), fset.NArg())
	err = fset.Parse([]string{"-n", "abc"})
	fmt.Println(err)
	err = fset.Parse([]string{"-unknown"})
	fmt.Println(err)
	fset.VisitAll(func(f *flag.Flag) { fmt.Println(f.Name, f.Value, f.DefValue) })
	fset.PrintDefaults()

	lg := log.New(os.Stdout, "[app] ", 0)
	lg.Println("hello", 1)
	lg.Printf("%d items", 3)
	lg.SetFlags(log.Lmsgprefix)
	lg.Print("msgprefix")
	lg.SetPrefix("")
	lg.SetFlags(log.Lshortfile)
	lg.Print("with file")
	fmt.Println(lg.Flags(), lg.Prefix() == "")

	e1 := fmt.Errorf("wrap: %w", &MyErr{42})
	e2 := fmt.Errorf("outer: %w", e1)
	var me *MyErr
	fmt.Println(e2, errors.As(e2, &me), me.Code, errors.Unwrap(e2) == e1, errors.Is(e2, ErrBase))
	e3 := fmt.Errorf("x: %w", ErrBase)
	fmt.Println(errors.Is(e3, ErrBase), errors.Unwrap(errors.Unwrap(e3)))
	fmt.Println(fmt.Errorf("no wrap %v", ErrBase), errors.Unwrap(fmt.Errorf("%v", ErrBase)))

	ctx, cancel := context.WithCancel(context.Background())
	ctx2 := context.WithValue(ctx, key("k"), "val")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-ctx2.Done()
		fmt.Println("cancelled:", ctx2.Err(), ctx2.Value(key("k")), ctx2.Value("k"))
	}()
	cancel()
	wg.Wait()
	tctx, tc := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer tc()
	select {
	case <-tctx.Done():
		fmt.Println(tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(5 * time.Second):
		fmt.Println("timeout not fired")
	}
	_, ok := tctx.Deadline()
	fmt.Println(ok, context.Background(), context.TODO())
	fmt.Println(ctx2)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var mu sync.RWMutex
	var mmu sync.Mutex
	counts := map[int]int{}
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			mu.RLock()
			_ = counts[0]
			mu.RUnlock()
			mmu.Lock()
			counts[i%4]++
			mmu.Unlock()
		}(i)
	}
	wg2.Wait()
	keys := []int{}
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, counts)
	cond := sync.NewCond(&mmu)
	ready := false
	go func() { mmu.Lock(); ready = true; cond.Broadcast(); mmu.Unlock() }()
	mmu.Lock()
	for !ready {
		cond.Wait()
	}
	mmu.Unlock()
	var pool = sync.Pool{New: func() interface{} { return new(strings.Builder) }}
	sbp := pool.Get().(*strings.Builder)
	sbp.WriteString("pooled")
	fmt.Println(sbp.String())
	var sm sync.Map
	sm.Store("a", 1)
	sm.Store("b", 2)
	vv, loaded := sm.LoadOrStore("a", 9)
	fmt.Println(vv, loaded)
	sm.Delete("b")
	sm.Range(func(k, v interface{}) bool { fmt.Println(k, v); return true })

	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "chunk%d;", i)
		}
		pw.CloseWithError(errors.New("done writing"))
	}()
	all, err := io.ReadAll(pr)
	fmt.Println(string(all), err)
	// errgroup-like
	errs := make(chan error, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			if i == 1 {
				errs <- &MyErr{i}
				return
			}
			errs <- nil
		}(i)
	}
	var first error
	for i := 0; i < 3; i++ {
		if e := <-errs; e != nil && first == nil {
			first = e
		}
	}
	fmt.Println(first)
	lr := io.LimitReader(strings.NewReader("abcdefgh"), 3)
	b, _ := io.ReadAll(lr)
	var sb strings.Builder
	nn, _ := io.Copy(&sb, io.MultiReader(strings.NewReader("x"), strings.NewReader("y")))
	tee := io.TeeReader(strings.NewReader("tee"), &sb)
	io.ReadAll(tee)
	sec := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	sb2 := make([]byte, 10)
	k, err := sec.ReadAt(sb2, 3)
	fmt.Println(string(b), nn, sb.String(), k, err, string(sb2[:k]))
	_, err = io.ReadFull(strings.NewReader("ab"), make([]byte, 4))
	fmt.Println(err)
	var mw strings.Builder
	w := io.MultiWriter(&mw, &mw)
	io.WriteString(w, "m")
	fmt.Println(mw.String())
}
