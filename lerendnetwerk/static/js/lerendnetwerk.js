// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  function websocketUrl(path) {
    return (window.location.protocol === "https:" ? "wss://" : "ws://") + window.location.host + path;
  }

  // Reconnect after 1, 2, 4 … 30 seconds, spread out so that a restarted server is not
  // hit by every browser at the same moment.
  function backoff(attempt) {
    var base = Math.min(30000, 1000 * Math.pow(2, attempt));
    return base / 2 + Math.random() * (base / 2);
  }

  // How long a closed socket waits before it reconnects. A release replaces the server's
  // workers one at a time, each new one serving before the old one closes its sockets
  // with 1012 ("service restart"): a socket that had been open a while reconnects at once
  // (spread over a tenth of a second), so hardly a message comes by replay. A socket
  // closed soon after it opened (a server that keeps failing) backs off, as does anything
  // else.
  function retryDelay(closeEvent, openedAt, attempt) {
    if (closeEvent.code === 1012 && openedAt !== null && Date.now() - openedAt >= 2000) {
      return Math.random() * 100;
    }
    return backoff(attempt);
  }

  window.LerendNetwerk = { websocketUrl: websocketUrl, backoff: backoff, retryDelay: retryDelay };

  // After a form with errors comes back, take the keyboard and screen reader user to
  // the summary of what needs fixing.
  function focusErrorSummary() {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
      summary.focus();
    }
  }

  // The unread count next to "Meldingen", live.
  function liveNotifications() {
    var link = document.querySelector("[data-notifications]");
    if (!link || !("WebSocket" in window)) {
      return;
    }
    var counter = link.querySelector("[data-unread-count]");
    var hiddenLabel = counter.querySelector(".ln-visually-hidden");
    var announcer = document.querySelector("[data-unread-announcer]");
    var attempt = 0;

    function show(count) {
      var previous = parseInt(counter.firstChild && counter.firstChild.nodeValue, 10) || 0;
      counter.firstChild.nodeValue = String(count);
      counter.hidden = count === 0;
      if (count > previous && announcer) {
        announcer.textContent = link.getAttribute("data-announce-template").replace("%s", count);
      }
    }

    function connect() {
      var socket = new WebSocket(websocketUrl(link.getAttribute("data-ws-path")));
      var openedAt = null;
      socket.onopen = function () {
        attempt = 0;
        openedAt = Date.now();
      };
      socket.onmessage = function (message) {
        var data = JSON.parse(message.data);
        if (data.type === "unread") {
          show(data.count);
        }
      };
      socket.onclose = function (event) {
        if (event.code !== 4401) {
          window.setTimeout(connect, retryDelay(event, openedAt, attempt++));
        }
      };
    }
    if (!counter.firstChild || counter.firstChild.nodeType !== 3) {
      counter.insertBefore(document.createTextNode("0"), hiddenLabel);
    }
    connect();
  }

  // On a phone the header's menu opens with a real button (aria-expanded) instead of the
  // "Menu" link that works without JavaScript. Escape closes it again.
  function compactMenu() {
    var header = document.querySelector("[data-header]");
    var button = header && header.querySelector("[data-menu-button]");
    if (!button) {
      return;
    }
    function setOpen(open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      header.classList.toggle("ln-header--open", open);
    }
    header.querySelectorAll("[data-menu-link]").forEach(function (link) {
      link.hidden = true;
    });
    button.hidden = false;
    header.classList.add("ln-header--js");
    if (window.location.hash === "#menu") {
      setOpen(true);
    }
    button.addEventListener("click", function () {
      setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    header.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        setOpen(false);
        button.focus();
      }
    });
  }

  // "Afdrukken": without JavaScript the browser's own print function does the same.
  function printButtons() {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        window.print();
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    compactMenu();
    printButtons();
    focusErrorSummary();
    liveNotifications();
  });
})();
