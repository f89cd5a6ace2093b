import java.util.concurrent.SynchronousQueue;

/** pingpong.go with JDK virtual threads and SynchronousQueue (an unbuffered channel). */
public class PingPong {
    public static void main(String[] args) throws Exception {
        final int roundTrips = 2000000;
        SynchronousQueue<Integer> ping = new SynchronousQueue<>();
        SynchronousQueue<Integer> pong = new SynchronousQueue<>();
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    int v = ping.take();
                    if (v < 0) return;
                    pong.put(v + 1);
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        // main runs on a virtual thread too, as main does on a goroutine
        Thread m = Thread.ofVirtual().start(() -> {
            try {
                int v = 0;
                for (int i = 0; i < roundTrips; i++) {
                    ping.put(v);
                    v = pong.take();
                }
                ping.put(-1);
                System.err.println("round trips " + roundTrips + " final " + v);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        m.join();
        t.join();
    }
}
