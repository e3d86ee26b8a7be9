package vn.motcua;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as sign-in needs one: a cookie jar per host (so MotCua and an identity provider on
 * another host keep theirs apart, as a real browser does), redirects followed one by one across hosts,
 * and forms posted with the token the page carries.
 */
public final class TestBrowser {

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Map<String, String>> cookies = new HashMap<>();
    private final String base;

    /** The page a request ended on after following its redirects, and the addresses it went through. */
    public record Page(URI uri, int status, String body, java.util.List<URI> path) {
    }

    public TestBrowser(int port) {
        this(port, "localhost");
    }

    /** A browser that reaches MotCua under another name of this machine (127.0.0.1, say), so its cookies are that host's. */
    public TestBrowser(int port, String host) {
        this.base = "http://" + host + ":" + port;
    }

    public URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    public Map<String, String> cookiesOf(String host) {
        return cookies.computeIfAbsent(host, h -> new LinkedHashMap<>());
    }

    /** One request, no redirect followed. */
    public HttpResponse<String> send(HttpRequest.Builder request, URI uri) {
        // What a browser asks for when it navigates: a page first, anything else after.
        request.setHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        Map<String, String> jar = cookiesOf(uri.getHost() + ":" + uri.getPort());
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.uri(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String set : response.headers().allValues("Set-Cookie")) {
                String[] pair = set.split(";", 2)[0].split("=", 2);
                if (pair.length < 2 || pair[1].isEmpty() || set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                    jar.remove(pair[0]);
                } else {
                    jar.put(pair[0], pair[1]);
                }
            }
            return response;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder().GET(), uri(pathOrUrl));
    }

    /** Follows redirects (at most 10) from the answer given, as a browser does. */
    public Page follow(HttpResponse<String> response) {
        java.util.List<URI> path = new java.util.ArrayList<>();
        path.add(response.uri());
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            path.add(next);
            response = send(HttpRequest.newBuilder().GET(), next);
        }
        return new Page(response.uri(), response.statusCode(), response.body(), path);
    }

    public Page open(String pathOrUrl) {
        return follow(get(pathOrUrl));
    }

    /** Posts a form to the address, with the form token of the page given, and follows where it leads. */
    public Page submit(Page form, String action, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        Matcher input = CSRF_INPUT.matcher(form.body());
        if (input.find()) {
            Matcher token = VALUE.matcher(input.group());
            if (token.find()) {
                all.put("_csrf", token.group(1).replace("&#45;", "-"));
            }
        }
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return follow(send(HttpRequest.newBuilder().header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), form.uri().resolve(action)));
    }

    /** Signs in on MotCua's page with a password, and follows to the page it lands on. */
    public Page signIn(String username, String password) {
        return submit(open("/login"), "/login", Map.of("username", username, "password", password));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
