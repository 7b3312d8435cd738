/** What every page shares: language switch (zh-CN first, English), formatting of amounts. */
package io.loanradar.app.web;
