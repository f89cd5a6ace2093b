package main

import (
	"os"
	"strings"
)

func main() {
	println("args:", len(os.Args))
	println("GOJC_GREETING:", os.Getenv("GOJC_GREETING"))
	v, ok := os.LookupEnv("GOJC_EMPTY")
	println("GOJC_EMPTY:", v == "", ok)
	_, ok = os.LookupEnv("GOJC_SURELY_UNSET")
	println("unset:", ok)
	os.Setenv("GOJC_NEW", "fresh value")
	println("after Setenv:", os.Getenv("GOJC_NEW"))
	found := false
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GOJC_NEW=") {
			found = true
		}
	}
	println("in Environ:", found)
	os.Unsetenv("GOJC_NEW")
	_, ok = os.LookupEnv("GOJC_NEW")
	println("after Unsetenv:", ok)
	println("expand:", os.ExpandEnv("[$GOJC_GREETING] [${GOJC_SURELY_UNSET}]"))
}
