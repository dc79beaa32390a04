package io.github.netmoe.llm.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An OpenAI-protocol server on 127.0.0.1 (an ephemeral port) that plays a script of replies to
 * {@code POST /v1/chat/completions}, the last one repeating, and records every request. Test code only.
 */
final class LoopbackServer implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One scripted reply. */
    record Reply(int status, Map<String, String> headers, String body, long delayMillis) {
    }

    /** One request as received. */
    record Received(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Reply> script;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

    private LoopbackServer(List<Reply> script) throws IOException {
        this.script = List.copyOf(script);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-openai");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static LoopbackServer start(Reply... script) throws IOException {
        return new LoopbackServer(List.of(script));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    static Reply completion(String content) {
        return completion(content, "stop");
    }

    static Reply completion(String content, String finishReason) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("id", "chatcmpl-1").put("object", "chat.completion").put("model", "test-model");
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", finishReason);
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", 12).put("completion_tokens", 34).put("total_tokens", 46);
        return new Reply(200, Map.of("Content-Type", "application/json"), body.toString(), 0);
    }

    static Reply error(int status, String message, Map<String, String> headers) {
        ObjectNode body = MAPPER.createObjectNode();
        body.putObject("error").put("message", message).put("type", "test_error");
        return new Reply(status, headers, body.toString(), 0);
    }

    static Reply delayed(Reply reply, long millis) {
        return new Reply(reply.status(), reply.headers(), reply.body(), millis);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int index;
        synchronized (received) {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            index = received.size() - 1;
        }
        Reply reply = !exchange.getRequestURI().getPath().equals("/v1/chat/completions")
                ? error(404, "no route " + exchange.getRequestURI().getPath(), Map.of())
                : script.get(Math.min(index, script.size() - 1));
        try {
            if (reply.delayMillis() > 0) {
                Thread.sleep(reply.delayMillis());
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the client timed out and closed the connection
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
