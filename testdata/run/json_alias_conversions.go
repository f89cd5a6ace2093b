package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type T struct {
	A int
	B string
	When time.Time
}

func (t T) MarshalJSON() ([]byte, error) {
	type Alias T
	return json.Marshal(&struct {
		Alias
		Unix int64 `json:"unix"`
	}{Alias(t), t.When.Unix()})
}

type U struct{ N int }

func (u *U) UnmarshalJSON(b []byte) error {
	type plain U
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*u = U(p)
	u.N *= 10
	return nil
}

func main() {
	b, err := json.Marshal(T{1, "b", time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)})
	fmt.Println(string(b), err)
	var u []U
	fmt.Println(json.Unmarshal([]byte(`[{"N":1},{"N":2}]`), &u), u)
}
