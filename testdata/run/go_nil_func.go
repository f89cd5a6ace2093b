package main

func main() {
	var f func()
	println("before")
	go f()
	println("after")
}
