package main

import (
	"errors"
	"sort"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

type isAll struct{}

func (isAll) Error() string        { return "isAll" }
func (isAll) Is(target error) bool { return true }

type person struct {
	name string
	age  int
}

func main() {
	base := &NotFound{"file"}
	err := &wrapped{"open", &wrapped{"read", base}}
	var nf *NotFound
	println(errors.As(err, &nf), nf.Name, errors.Is(err, base), errors.Unwrap(err) != nil)
	var tmp Temporary
	println(errors.As(err, &tmp), errors.As(&wrapped{"x", tempErr{}}, &tmp), tmp.Temporary())
	sentinel := errors.New("sentinel")
	println(errors.Is(&wrapped{"w", sentinel}, sentinel), errors.Is(sentinel, errors.New("sentinel")), errors.Is(nil, sentinel))
	println(errors.Is(isAll{}, sentinel), errors.Is(err, nil))
	var te tempErr
	println(errors.As(tempErr{}, &te))
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		errors.As(err, nf)
	}()
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		var s *string
		errors.As(err, &s)
	}()
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		errors.As(err, nil)
	}()

	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	for _, x := range xs {
		print(x, " ")
	}
	println()
	people := []person{{"bob", 30}, {"al", 25}, {"cy", 30}, {"di", 20}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	for _, p := range people {
		print(p.name, ":", p.age, " ")
	}
	println()
	names := []string{"pear", "apple", "fig"}
	sort.Slice(names, func(i, j int) bool { return names[i] > names[j] })
	println(names[0], names[1], names[2], sort.SliceIsSorted(names, func(i, j int) bool { return names[i] > names[j] }))
	arrs := [][2]int{{3, 1}, {1, 2}, {2, 0}}
	sort.Slice(arrs, func(i, j int) bool { return arrs[i][0] < arrs[j][0] })
	println(arrs[0][0], arrs[0][1], arrs[1][0], arrs[2][0])
	ps := []*person{{"z", 1}, {"a", 2}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].name < ps[j].name })
	println(ps[0].name, ps[1].name)
	func() {
		defer func() { println("recovered:", recover().(error).Error()) }()
		sort.Slice(3, func(i, j int) bool { return false })
	}()
}
