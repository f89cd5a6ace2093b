package b

import "example.com/diamond/a"

var B = a.A + 1

func init() {
	println("b.init", B)
}
