package p

import (
	"fmt"
	42
	"os"
)

func f() { fmt.Println(os.Args) }
