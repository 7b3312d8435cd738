/** Events about an enterprise: news, registry, court, tax and online-banking behaviour. */
package io.loanradar.core.event;
