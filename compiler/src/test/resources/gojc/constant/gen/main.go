package main

import (
	"fmt"
	"go/constant"
	"go/token"
	"os"
	"strconv"
	"strings"
)

var kinds = map[string]token.Token{"INT": token.INT, "FLOAT": token.FLOAT, "IMAG": token.IMAG, "CHAR": token.CHAR, "STRING": token.STRING}
var ops = map[string]token.Token{"+": token.ADD, "-": token.SUB, "*": token.MUL, "/": token.QUO, "div": token.QUO_ASSIGN, "%": token.REM,
	"&": token.AND, "|": token.OR, "^": token.XOR, "&^": token.AND_NOT, "&&": token.LAND, "||": token.LOR,
	"<<": token.SHL, ">>": token.SHR, "==": token.EQL, "!=": token.NEQ, "<": token.LSS, "<=": token.LEQ, ">": token.GTR, ">=": token.GEQ, "!": token.NOT}

func val(k, lit string) constant.Value {

	return constant.MakeFromLiteral(lit, kinds[k], 0)
}

func out(f ...string) { fmt.Println(strings.Join(f, "\t")) }

func main() {
	data, _ := os.ReadFile(os.Args[1])
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		switch f[0] {
		case "lit":
			v := val(f[1], f[2])
			out(append(f, v.Kind().String(), v.String(), v.ExactString())...)
		case "bin":
			v := constant.BinaryOp(val(f[1], f[2]), ops[f[3]], val(f[4], f[5]))
			out(append(f, v.String(), v.ExactString())...)
		case "un":
			p, _ := strconv.Atoi(f[2])
			v := constant.UnaryOp(ops[f[1]], val(f[3], f[4]), uint(p))
			out(append(f, v.String(), v.ExactString())...)
		case "shift":
			n, _ := strconv.Atoi(f[4])
			v := constant.Shift(val(f[1], f[2]), ops[f[3]], uint(n))
			out(append(f, v.String(), v.ExactString())...)
		case "cmp":
			b := constant.Compare(val(f[1], f[2]), ops[f[3]], val(f[4], f[5]))
			out(append(f, strconv.FormatBool(b))...)
		case "f64":
			x, e := constant.Float64Val(constant.ToFloat(val(f[1], f[2])))
			out(append(f, strconv.FormatFloat(x, 'g', -1, 64), strconv.FormatBool(e))...)
		case "f32":
			x, e := constant.Float32Val(constant.ToFloat(val(f[1], f[2])))
			out(append(f, strconv.FormatFloat(float64(x), 'g', -1, 32), strconv.FormatBool(e))...)
		case "i64":
			x, e := constant.Int64Val(val(f[1], f[2]))
			out(append(f, strconv.FormatInt(x, 10), strconv.FormatBool(e))...)
		case "u64":
			x, e := constant.Uint64Val(val(f[1], f[2]))
			out(append(f, strconv.FormatUint(x, 10), strconv.FormatBool(e))...)
		case "toint":
			v := constant.ToInt(val(f[1], f[2]))
			out(append(f, v.String(), v.ExactString())...)
		default:
			panic(line)
		}
	}
}
