package main

func main() {
	var p *int
	defer func() { println("recovered:", recover() != nil) }()
	q := &*p
	println(q == nil)
}
