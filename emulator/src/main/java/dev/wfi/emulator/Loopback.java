package dev.wfi.emulator;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Whether a callback may be sent: the emulator talks only to this machine. A host qualifies when it is an
 * IP literal of a loopback address ({@code 127.0.0.0/8}, {@code ::1}) or {@code localhost} resolving only to
 * such addresses; any other name is refused without being looked up, so not even a DNS query leaves.
 */
final class Loopback {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private Loopback() {
    }

    static boolean is(URI uri) {
        String host = uri.getHost();
        String scheme = uri.getScheme();
        if (host == null || scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return false;
        }
        try {
            if (host.equalsIgnoreCase("localhost")) {
                for (InetAddress address : InetAddress.getAllByName("localhost")) {
                    if (!address.isLoopbackAddress()) {
                        return false;
                    }
                }
                return true;
            }
            boolean literal = IPV4.matcher(host).matches() || host.startsWith("[") && host.endsWith("]");
            return literal && InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }
}
