package gojc.rt.sched;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Frame reuse: a goroutine that unwinds again gets back the frames it popped when it rewound. */
class GFrameTest {
    @Test
    void unwindingAgainReusesThePoppedFramesDepthByDepth() {
        G g = new G();
        Frame inner = g.newFrame(1);
        inner.l0 = "inner value";
        g.pushFrame(inner);
        Frame outer = g.newFrame(2);
        assertNotSame(inner, outer, "a frame still saved is never handed out");
        g.pushFrame(outer);
        // rewinding pops outermost first
        assertSame(outer, g.popFrame());
        assertSame(inner, g.popFrame());
        assertEquals(0, g.frameCount());
        // unwinding again pushes innermost first: the same objects come back, cleared
        Frame inner2 = g.newFrame(7);
        assertSame(inner, inner2);
        assertEquals(7, inner2.pc);
        assertNull(inner2.l0, "a reused frame keeps no stale reference");
        g.pushFrame(inner2);
        assertSame(outer, g.newFrame(3));
    }

    @Test
    void overflowFramesAreReusedOnlyWithTheSameLayout() {
        G g = new G();
        Frame f = g.newFrame(0, 2, 0, 3);
        f.l[2] = "x";
        g.pushFrame(f);
        assertSame(f, g.popFrame());
        Frame inline = g.newFrame(0);
        assertNotSame(f, inline, "an inline request does not get a frame with overflow arrays");
        Frame other = g.newFrame(0, 1, 0, 3);
        assertNotSame(f, other);
        Frame same = g.newFrame(1, 2, 0, 3);
        assertSame(f, same);
        assertNull(same.l[2]);
    }

    @Test
    void anEndedGoroutineDropsItsFrames() {
        G g = new G();
        Frame f = g.newFrame(0);
        g.pushFrame(f);
        g.popFrame();
        g.dropFrames();
        assertNotSame(f, g.newFrame(0));
    }
}
