package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"math/rand"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type IntHeap []int

func (h IntHeap) Len() int            { return len(h) }
func (h IntHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() interface{} {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}
type PQ []*Item

func (pq PQ) Len() int            { return len(pq) }
func (pq PQ) Less(i, j int) bool  { return pq[i].priority > pq[j].priority }
func (pq PQ) Swap(i, j int)       { pq[i], pq[j] = pq[j], pq[i]; pq[i].index = i; pq[j].index = j }
func (pq *PQ) Push(x interface{}) { it := x.(*Item); it.index = len(*pq); *pq = append(*pq, it) }
func (pq *PQ) Pop() interface{} {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	*pq = old[:n-1]
	return it
}

func main() {
	people := []Person{{"A", 30}, {"B", 20}, {"C", 30}, {"D", 10}, {"E", 20}}
	p2 := append([]Person(nil), people...)
	sort.SliceStable(p2, func(i, j int) bool { return p2[i].Age < p2[j].Age })
	fmt.Println(p2)
	p3 := append([]Person(nil), people...)
	sort.Stable(sort.Reverse(ByAge(p3)))
	fmt.Println(p3)
	sort.Sort(ByAge(people))
	fmt.Println(sort.IsSorted(ByAge(people)), people[0], people[4].Age)
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 8), sort.SearchInts(xs, 4), sort.Search(len(xs), func(i int) bool { return xs[i] >= 9 }))
	fs := []float64{2.5, -1, 3.25}
	sort.Float64s(fs)
	ss := []string{"pear", "apple", "fig"}
	sort.Strings(ss)
	fmt.Println(fs, ss, sort.StringsAreSorted(ss), sort.SearchStrings(ss, "fig"))
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	rng := rand.New(rand.NewSource(42))
	big := make([]int, 1000)
	for i := range big {
		big[i] = rng.Intn(100000)
	}
	sort.Slice(big, func(i, j int) bool { return big[i] < big[j] })
	fmt.Println(sort.IntsAreSorted(big), big[0], big[999])

	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	pq := PQ{}
	for i, v := range []string{"banana", "apple", "pear"} {
		heap.Push(&pq, &Item{value: v, priority: i * 3 % 5})
	}
	it := pq[2]
	it.priority = 10
	heap.Fix(&pq, it.index)
	for pq.Len() > 0 {
		x := heap.Pop(&pq).(*Item)
		fmt.Print(x.value, ":", x.priority, " ")
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.MoveToBack(e1)
	l.Remove(e4)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	r := ring.New(4)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(v interface{}) { fmt.Print(v, " ") })
	r.Unlink(1)
	fmt.Println(r.Len())

	rr := rand.New(rand.NewSource(1))
	fmt.Println(rr.Int63(), rr.Intn(10), rr.Float64(), rr.Perm(5), rr.Int31n(1000), rr.Uint32(), rr.NormFloat64(), rr.ExpFloat64())
	a := []int{1, 2, 3, 4, 5}
	rr.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
	fmt.Println(a)
	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Int63n(1<<40))
	bb := make([]byte, 6)
	rr.Read(bb)
	fmt.Println(bb)
	z := rand.NewZipf(rand.New(rand.NewSource(3)), 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())
}
