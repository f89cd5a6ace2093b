package main

import "strings"

func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString("ab")
		b.WriteByte('c')
		b.WriteRune('é')
	}
	s := b.String()
	println(s, b.Len(), len(s))
	b.Reset()
	println(b.String() == "", strings.Clone("xyz"))
	println(strings.ToUpper("hello, world"), strings.Repeat("-", 5))
	parts := strings.Split("a,b,,c", ",")
	println(len(parts), parts[0], parts[3])
	f := strings.Fields("  one two   three ")
	println(len(f), f[2])
	println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	println(strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"), strings.TrimSpace("  x  "), strings.Title("go"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	println(r.Replace("<a>"))
	println(strings.EqualFold("Go", "GO"), strings.Join([]string{"x", "y"}, "+"), strings.HasPrefix("golang", "go"))
	var c strings.Builder
	c.WriteString("x")
	d := c
	func() {
		defer func() { println(recover().(string)) }()
		d.WriteString("y")
	}()
}
