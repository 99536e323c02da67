package dev.sora4j;

import java.util.Map;
import retrofit2.Call;

/**
 * Makes a fresh call of one operation for each attempt, so that a retry re-encodes the body (an
 * upload is read again from its source) and sends the same per-call headers.
 */
interface CallFactory<T> {
  Call<T> newCall(Map<String, String> headers);
}
