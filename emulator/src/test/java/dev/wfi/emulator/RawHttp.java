package dev.wfi.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** Bytes straight onto a loopback socket, for requests no HTTP client would send; the answer as ISO-8859-1 text. */
final class RawHttp {

    private RawHttp() {
    }

    /** Sends {@code request}, closes the sending half, and reads until the server closes or stays quiet for 8 s. */
    static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            return read(socket);
        }
    }

    /** What the server sends until it closes or stays quiet for 8 s. */
    static String read(Socket socket) throws IOException {
        socket.setSoTimeout(8000);
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) > 0 && text.size() < 1 << 20; ) {
                text.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException quiet) {
            // what arrived is the answer
        }
        return text.toString(StandardCharsets.ISO_8859_1);
    }

    /** The status of the first response in {@code answer}, or -1 when there is none. */
    static int status(String answer) {
        return answer.startsWith("HTTP/1.1 ") && answer.length() >= 12 ? Integer.parseInt(answer.substring(9, 12)) : -1;
    }
}
