package main

type Stringer interface{ String() string }

type name string

func (n name) String() string { return "name:" + string(n) }

type box struct{ v int }

func (b *box) String() string { return "box" }

func Join[T Stringer](xs []T, sep string) string {
	r := ""
	for i, x := range xs {
		if i > 0 {
			r += sep
		}
		r += x.String()
	}
	return r
}

type Tree[T interface{ ~int | ~string }] struct {
	left, right *Tree[T]
	val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{val: v}
	}
	if v < t.val {
		t.left = t.left.Insert(v)
	} else {
		t.right = t.right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.left.Walk(f)
	f(t.val)
	t.right.Walk(f)
}

func Apply[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func Double[T ~int | ~float64 | ~complex128](x T) T { return x + x }

func main() {
	println(Join([]name{"a", "b"}, ","), Join([]*box{{1}, {2}}, "+"))
	var t *Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4} {
		t = t.Insert(v)
	}
	t.Walk(func(v int) { print(v, " ") })
	println()
	var ts *Tree[string]
	ts = ts.Insert("m").Insert("a").Insert("z")
	ts.Walk(func(v string) { print(v, " ") })
	println()
	println(Apply(3, Double[int], func(x int) int { return x - 1 }))
	println(Double(1.5), Double(2+1i))
}
