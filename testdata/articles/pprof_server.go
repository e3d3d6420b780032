// From seeds/004_e479aab8bbb1a1cf.txt (使用pprof进行性能分析): the snippet (which has no package clause)
// with `package main` added. Go compiles it; minigo has no net/http or net/http/pprof and must
// reject both imports with a clear message. .err and .code (1) are HAND-WRITTEN (no Go golden is
// possible), like http_server.go.
// golden: minigo-only
package main

import (
    "net/http"
    _ "net/http/pprof"
)

func main() {
    // 启动pprof服务器
    go func() {
        http.ListenAndServe("localhost:6060", nil)
    }()

    // 应用逻辑...
}
