package gojc.rt.std.runtime.trace;

import gojc.rt.GoString;

/**
 * runtime/trace's user annotations. gojc has no execution tracer (runtime.StartTrace fails),
 * so trace.IsEnabled is false and annotations are dropped, as gc drops them when tracing is off.
 */
public final class Natives {
    private Natives() {}

    public static void userTaskCreate(long id, long parentID, GoString taskType) {}

    public static void userTaskEnd(long id) {}

    public static void userRegion(long id, long mode, GoString regionType) {}

    public static void userLog(long id, GoString category, GoString message) {}
}
