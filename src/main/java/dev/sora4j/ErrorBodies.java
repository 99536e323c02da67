package dev.sora4j;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * Reads what an error body says, as a response brings it or an exception's builder is given it:
 * the error envelope's fields, another common error JSON, or a readable snippet of the text. The
 * API key is masked in all of it, and long texts are cut.
 */
final class ErrorBodies {
  /** How much of a body that is not the error envelope the exception keeps. */
  static final int SNIPPET_LENGTH = 200;
  private static final int MAX_MESSAGE_LENGTH = 1000;
  private static final String MASK = "***";
  /**
   * From this length on the key is masked wherever it occurs, even glued to other text; a shorter
   * one (a test key such as "k") only where it stands as a whole token, since masking it inside
   * words would garble every message ("Un***nownHostException") while hiding nothing.
   */
  static final int MASKED_ANYWHERE_LENGTH = 8;

  private final JsonAdapter<ErrorResponse> envelopeAdapter;
  private final JsonAdapter<Object> jsonAdapter;
  private final String secret;
  /** The key as a whole token, for a key shorter than {@link #MASKED_ANYWHERE_LENGTH}; else null. */
  private final Pattern shortSecret;

  /**
   * @param moshi reads the error envelope
   * @param secret the API key, masked in every text; may be null
   */
  ErrorBodies(Moshi moshi, String secret) {
    this.envelopeAdapter = moshi.adapter(ErrorResponse.class);
    this.jsonAdapter = moshi.adapter(Object.class).lenient();
    this.secret = secret == null || secret.isEmpty() ? null : secret;
    this.shortSecret = this.secret == null || this.secret.length() >= MASKED_ANYWHERE_LENGTH ? null
        : Pattern.compile("(?<![\\p{Alnum}_-])" + Pattern.quote(this.secret) + "(?![\\p{Alnum}_-])");
  }

  /** Reads what an error body says: the envelope's fields, another error JSON, or a snippet of the text. */
  ErrorDetails details(int statusCode, Headers headers, String body) {
    String requestId = redact(headers.get(HeaderNames.REQUEST_ID));
    ApiError envelope = parseEnvelope(body);
    if (envelope != null) {
      return new ErrorDetails(statusCode, headers, clean(envelope.message()), clean(envelope.type()),
          clean(envelope.code().orElse(null)), clean(envelope.param().orElse(null)), requestId, null);
    }
    ErrorDetails other = parseOtherErrorJson(statusCode, headers, body, requestId);
    if (other != null) {
      return other;
    }
    return new ErrorDetails(statusCode, headers, null, null, null, null, requestId, snippet(body));
  }

  private ApiError parseEnvelope(String body) {
    if (body == null || body.isEmpty()) {
      return null;
    }
    try {
      ErrorResponse response = envelopeAdapter.fromJson(body);
      ApiError error = response == null ? null : response.error();
      return error != null && (error.message() != null || error.type() != null) ? error : null;
    } catch (IOException | RuntimeException e) {
      return null; // not the envelope: the other readings below take over
    }
  }

  /**
   * Gateways in front of the API do not all use the envelope: {@code {"error": "text"}},
   * {@code {"message": "text"}} and {@code {"detail": ...}} are common too.
   */
  private ErrorDetails parseOtherErrorJson(int statusCode, Headers headers, String body, String requestId) {
    Object root;
    try {
      root = body == null || body.isEmpty() ? null : jsonAdapter.fromJson(body);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    if (!(root instanceof Map)) {
      return null;
    }
    Map<?, ?> object = (Map<?, ?>) root;
    Object error = object.get("error");
    String message = null;
    String type = null;
    String code = null;
    String param = null;
    if (error instanceof Map) {
      Map<?, ?> fields = (Map<?, ?>) error;
      message = text(fields.get("message"));
      type = text(fields.get("type"));
      code = text(fields.get("code"));
      param = text(fields.get("param"));
    } else {
      message = text(error);
    }
    if (message == null) {
      message = text(object.get("message"));
    }
    if (message == null) {
      message = text(object.get("detail"));
    }
    if (message == null && type == null && code == null) {
      return null;
    }
    return new ErrorDetails(statusCode, headers, message, type, code, param, requestId, null);
  }

  /** A JSON value as text: numbers without a needless ".0", containers as JSON-ish text. */
  private String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Double) {
      double number = (Double) value;
      return clean(number == Math.rint(number) && !Double.isInfinite(number)
          ? Long.toString((long) number) : Double.toString(number));
    }
    return clean(value instanceof String ? (String) value : jsonAdapter.toJson(value));
  }

  /**
   * A readable start of a body that is not JSON: an HTML page from a proxy loses its tags, so a
   * 502 page reads "502 Bad Gateway" rather than markup.
   */
  String snippet(String body) {
    if (body == null) {
      return null;
    }
    String text = body;
    if (text.trim().startsWith("<")) {
      text = text.replaceAll("(?is)<(script|style)\\b.*?</\\1\\s*>", " ")
          .replaceAll("(?s)<!--.*?-->", " ")
          .replaceAll("<[^>]*>", " ")
          .replace("&nbsp;", " ")
          .replace("&lt;", "<")
          .replace("&gt;", ">")
          .replace("&quot;", "\"")
          .replace("&#39;", "'")
          .replace("&amp;", "&");
    }
    text = text.replaceAll("\\s+", " ").trim();
    if (text.isEmpty()) {
      return null;
    }
    // masked before cutting, so that a key cut in half cannot slip through
    return ModelSupport.abbreviate(redact(text), SNIPPET_LENGTH);
  }

  /** Masks the API key: a proxy's error page or an exception's text may echo a request header. */
  String redact(String text) {
    if (text == null || secret == null) {
      return text;
    }
    return shortSecret == null ? text.replace(secret, MASK) : shortSecret.matcher(text).replaceAll(MASK);
  }

  private String clean(String value) {
    return value == null ? null : ModelSupport.abbreviate(redact(value), MAX_MESSAGE_LENGTH);
  }
}
