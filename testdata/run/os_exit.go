package main

import "os"

func main() {
	defer println("deferred calls do not run at os.Exit")
	os.Stdout.WriteString("leaving with code 3\n")
	os.Exit(3)
}
