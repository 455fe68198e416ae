package bench

import (
	"hash"
	"io"
	"sync"
)

// pipeHashReader hashes what it reads on another goroutine, so the hash
// runs alongside the sending instead of before it: a prototype of how an
// upload's MD5 check can overlap the network on a machine with a spare
// core (used by the B5 variant raw-md5-pipe to measure that floor).
type pipeHashReader struct {
	r    io.Reader
	h    hash.Hash
	ch   chan []byte
	free chan []byte
	done chan struct{}
	once sync.Once
	bufs int // buffers allocated; at most cap(free)
}

func newPipeHashReader(r io.Reader, h hash.Hash) *pipeHashReader {
	p := &pipeHashReader{r: r, h: h, ch: make(chan []byte, 8), free: make(chan []byte, 9), done: make(chan struct{})}
	go func() {
		defer close(p.done)
		for b := range p.ch {
			p.h.Write(b)
			p.free <- b[:0]
		}
	}()
	return p
}

func (p *pipeHashReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if n > 0 {
		var buf []byte
		select {
		case buf = <-p.free:
		default:
			if p.bufs < cap(p.free) {
				p.bufs++
			} else {
				buf = <-p.free // bounded memory: wait for the hasher
			}
		}
		if cap(buf) < n {
			buf = make([]byte, 0, max(n, 64<<10))
		}
		p.ch <- append(buf, b[:n]...)
	}
	if err != nil {
		p.once.Do(func() { close(p.ch) })
	}
	return n, err
}

// Sum waits for the hashing to finish and returns the digest.
func (p *pipeHashReader) Sum() []byte {
	p.once.Do(func() { close(p.ch) })
	<-p.done
	return p.h.Sum(nil)
}
