package dev.helpdesk.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Ports nobody listens on right now, so that tests never touch the defaults a running platform uses. */
final class FreePorts {

    private FreePorts() {
    }

    /** {@code count} distinct free ports: the sockets stay open until all are chosen, so none repeats. */
    static List<Integer> allocate(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a listening socket we own does not fail in practice
                }
            }
        }
    }

    static PlatformPorts platformPorts() {
        List<Integer> ports = allocate(Component.values().length + 5);
        Map<Component, Integer> components = new EnumMap<>(Component.class);
        int i = 0;
        for (Component component : Component.values()) {
            components.put(component, ports.get(i++));
        }
        return new PlatformPorts(components, ports.get(i++), ports.get(i++), ports.get(i++), ports.get(i++), ports.get(i));
    }
}
