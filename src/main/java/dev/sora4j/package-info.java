/**
 * sora4j: a client of the Videos API (the {@code /videos} contract of Sora 2, also served by
 * Azure AI Foundry, LiteLLM and other OpenAI-compatible gateways).
 *
 * <p>Start with {@link dev.sora4j.VideosClient}; its {@link dev.sora4j.VideosClient#videos()}
 * holds every operation. Requests are immutable and built with builders
 * ({@link dev.sora4j.VideoCreateRequest} and its siblings); results are the generated models of
 * {@link dev.sora4j.model}. Failures are unchecked {@link dev.sora4j.VideosException}s.
 * Arguments are never null unless a method says so.
 */
package dev.sora4j;
