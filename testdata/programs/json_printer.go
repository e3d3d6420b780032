// A tiny JSON encoder over interface{} values with a type switch, sorted object keys,
// string escaping and indentation.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func encode(sb *strings.Builder, v interface{}, indent string) {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []interface{}:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(indent + "  ")
			encode(sb, e, indent+"  ")
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "]")
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			sb.WriteString(indent + "  " + strconv.Quote(k) + ": ")
			encode(sb, x[k], indent+"  ")
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "}")
	default:
		sb.WriteString(fmt.Sprintf("%q", fmt.Sprintf("<unsupported %T>", x)))
	}
}

func main() {
	doc := map[string]interface{}{
		"name":    "minigo",
		"version": 1,
		"ratio":   0.75,
		"tags":    []interface{}{"go", "interpreter", "gmp"},
		"nested":  map[string]interface{}{"ok": true, "none": nil, "empty": []interface{}{}},
		"quote":   "say \"hi\"\n\ttabbed",
		"odd":     struct{}{},
	}
	var sb strings.Builder
	encode(&sb, doc, "")
	fmt.Println(sb.String())
}
