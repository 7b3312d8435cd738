/**
 * Point-in-time features: what was known about one enterprise on an as-of date, turned into named
 * numbers (size, ratios, growth, flows, credit, events, relationship) and industry percentiles.
 * Everything dated after the as-of date is ignored, whatever the caller passes.
 */
package io.loanradar.core.feature;
