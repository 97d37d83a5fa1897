// Live discussion: new messages, edits, reactions and answers appear without reloading.
// Without this file the page works as plain HTML (forms post, the page reloads).
//
// Zero loss, zero duplicates, in order (docs/realtime.md): every event carries the
// thread's sequence number. Events are applied strictly one after another; anything at
// or below the last applied number is a duplicate and dropped; a gap (or a heartbeat
// with a higher number) asks the server to replay from the database. On every (re)connect
// the page first asks for everything after the last number it has.
(function () {
  "use strict";

  var root = document.querySelector("[data-thread]");
  if (!root || !("WebSocket" in window) || !window.LerendNetwerk) {
    return;
  }
  var shared = window.LerendNetwerk;
  var text = function (name) {
    return root.getAttribute("data-text-" + name) || "";
  };

  var lastSeq = parseInt(root.getAttribute("data-last-seq"), 10) || 0;
  var viewer = {
    id: root.getAttribute("data-viewer-id"),
    moderator: root.getAttribute("data-viewer-moderator") === "1",
    asker: root.getAttribute("data-viewer-asker") === "1",
  };
  var onLastPage = root.getAttribute("data-last-page") === "1";

  var bar = root.querySelector("[data-live-bar]");
  var status = root.querySelector("[data-live-status]");
  var toggle = root.querySelector("[data-live-toggle]");
  var pendingButton = root.querySelector("[data-live-show-pending]");
  var announcer = root.querySelector("[data-live-announcer]");
  var replyForm = root.querySelector("[data-reply-form]");
  var csrfInput = document.querySelector("input[name=csrfmiddlewaretoken]");
  var csrfToken = csrfInput ? csrfInput.value : "";

  var buffer = {}; // events that arrived ahead of a gap, by sequence number
  var paused = false;
  var pending = []; // new messages held back while live insertion is paused
  var socket = null;
  var attempt = 0;
  var openedAt = null; // when the current socket opened (lerendnetwerk.js: retryDelay)
  var syncing = false;
  var stopped = false;
  var retryTimer = null;

  function announce(message) {
    // A polite live region: read out when the user is idle, focus never moves.
    announcer.textContent = "";
    window.setTimeout(function () {
      announcer.textContent = message;
    }, 50);
  }

  function setStatus(message) {
    status.textContent = message;
  }

  // --- Applying events ---------------------------------------------------------------

  function receive(event) {
    if (event.seq <= lastSeq || buffer[event.seq]) {
      return; // already have it
    }
    buffer[event.seq] = event;
    while (buffer[lastSeq + 1]) {
      var next = buffer[lastSeq + 1];
      delete buffer[lastSeq + 1];
      lastSeq = next.seq;
      deliver(next);
    }
    if (Object.keys(buffer).length && !syncing) {
      requestSync(); // something is missing in between: fetch it from the database
    }
  }

  function deliver(event) {
    if (event.kind === "post" && paused) {
      pending.push(event);
      showPending();
      return;
    }
    if (event.kind === "update") {
      for (var i = 0; i < pending.length; i += 1) {
        if (pending[i].post_seq === event.post_seq) {
          pending[i].html = event.html; // not shown yet: show the latest version later
          return;
        }
      }
    }
    apply(event);
  }

  function apply(event) {
    if (event.kind === "post") {
      insertPost(event);
    } else if (event.kind === "update") {
      replacePost(event);
    } else if (event.kind === "reactions") {
      updateReactions(event);
    } else if (event.kind === "answer") {
      markAnswer(event.post_seq);
    } else if (event.kind === "thread") {
      updateThread(event);
    }
  }

  function fragment(html) {
    var template = document.createElement("template");
    template.innerHTML = html.trim();
    return template.content.firstElementChild;
  }

  function prepare(element) {
    // Show the controls this viewer may use; the server checks every action anyway.
    element.querySelectorAll("[data-requires]").forEach(function (control) {
      var need = control.getAttribute("data-requires");
      var authorId = element.getAttribute("data-author-id");
      control.hidden = !(
        (need === "author" && authorId && authorId === viewer.id) ||
        (need === "moderator" && viewer.moderator) ||
        (need === "asker" && viewer.asker)
      );
    });
    element.querySelectorAll("form[data-live-form]").forEach(function (form) {
      if (!form.querySelector("input[name=csrfmiddlewaretoken]")) {
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = "csrfmiddlewaretoken";
        input.value = csrfToken;
        form.appendChild(input);
      }
    });
  }

  function insertPost(event) {
    var article = fragment(event.html);
    var author = (article.querySelector(".ln-post__author") || {}).textContent || "";
    var list = null;
    if (event.parent_seq) {
      var parentItem = root.querySelector('[data-tree-seq="' + event.parent_seq + '"]');
      if (parentItem) {
        list = parentItem.querySelector(':scope > ol[data-children-of="' + event.parent_seq + '"]');
        if (!list) {
          list = document.createElement("ol");
          list.className = "ln-post-tree ln-post-tree--nested";
          list.setAttribute("data-children-of", event.parent_seq);
          parentItem.appendChild(list);
        }
      }
    } else if (onLastPage) {
      list = root.querySelector('ol[data-children-of="root"]');
    }
    if (!list) {
      announce(text("new-elsewhere"));
      return;
    }
    var item = document.createElement("li");
    item.className = "ln-post-tree__item ln-post-tree__item--new";
    item.setAttribute("data-tree-seq", event.post_seq);
    prepare(article);
    item.appendChild(article);
    list.appendChild(item);
    var empty = root.querySelector("[data-no-replies]");
    if (empty) {
      empty.hidden = true;
    }
    announce(text("new-post").replace("%s", author.trim()));
  }

  function replacePost(event) {
    var current = document.getElementById("bericht-" + event.post_seq);
    if (!current) {
      return;
    }
    var updated = fragment(event.html);
    current.querySelectorAll("[data-reaction]").forEach(function (button) {
      var same = updated.querySelector('[data-reaction="' + button.getAttribute("data-reaction") + '"]');
      if (same) {
        same.setAttribute("aria-pressed", button.getAttribute("aria-pressed"));
      }
    });
    prepare(updated);
    current.replaceWith(updated);
  }

  function updateReactions(event) {
    var post = document.getElementById("bericht-" + event.post_seq);
    if (!post) {
      return;
    }
    post.querySelectorAll("[data-reaction]").forEach(function (button) {
      var count = button.querySelector("[data-count]");
      count.textContent = String((event.counts || {})[button.getAttribute("data-reaction")] || 0);
    });
  }

  function markAnswer(sequence) {
    root.querySelectorAll(".ln-post--answer").forEach(function (post) {
      post.classList.remove("ln-post--answer");
      post.querySelector("[data-answer-badge]").hidden = true;
    });
    var answer = sequence ? document.getElementById("bericht-" + sequence) : null;
    if (answer) {
      answer.classList.add("ln-post--answer");
      answer.querySelector("[data-answer-badge]").hidden = false;
    }
  }

  function updateThread(event) {
    root.querySelector("[data-thread-locked]").hidden = !event.locked;
    root.querySelector("[data-thread-pinned]").hidden = !event.pinned;
    var category = document.querySelector("[data-thread-category]");
    if (category && event.category) {
      category.textContent = event.category;
      category.setAttribute("href", event.category_url);
    }
    if (replyForm && replyForm.hasAttribute("data-closed") !== !!event.locked) {
      setReplyClosed(!!event.locked);
    }
  }

  // A discussion closed while someone is writing: what they typed stays (read-only, so it
  // can still be selected and copied), sending is switched off, a polite status says so,
  // and the focus stays where it is.
  function setReplyClosed(closed) {
    var textarea = replyForm.querySelector("textarea");
    var button = replyForm.querySelector("button[type=submit]");
    var replyStatus = root.querySelector("[data-reply-status]");
    textarea.readOnly = closed;
    if (closed) {
      replyForm.setAttribute("data-closed", "");
    } else {
      replyForm.removeAttribute("data-closed");
    }
    if (closed && document.activeElement === button) {
      button.setAttribute("aria-disabled", "true"); // a disabled button would drop the focus
    } else {
      button.disabled = closed;
      button.removeAttribute("aria-disabled");
    }
    if (closed) {
      replyStatus.textContent = textarea.value.trim() ? text("locked-text-kept") : text("locked");
    } else {
      replyStatus.textContent = text("reopened");
    }
  }

  // --- Pausing ----------------------------------------------------------------------

  function showPending() {
    pendingButton.hidden = pending.length === 0;
    pendingButton.textContent = text("show-pending").replace("%s", pending.length);
  }

  function flushPending() {
    var held = pending;
    pending = [];
    held.forEach(apply);
    showPending();
  }

  toggle.addEventListener("click", function () {
    paused = !paused;
    toggle.setAttribute("aria-pressed", paused ? "true" : "false");
    toggle.textContent = paused ? text("resume") : text("pause");
    if (!paused) {
      flushPending();
    }
  });
  pendingButton.addEventListener("click", flushPending);

  // --- The socket ---------------------------------------------------------------------

  function send(data) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(data));
    }
  }

  function requestSync() {
    syncing = true;
    send({ type: "sync", after: lastSeq });
  }

  function connect() {
    retryTimer = null;
    if (stopped || socket) {
      return;
    }
    setStatus(text("connecting"));
    socket = new WebSocket(shared.websocketUrl(root.getAttribute("data-ws-path")));
    openedAt = null;
    socket.onopen = function () {
      attempt = 0;
      openedAt = Date.now();
      setStatus(text("live"));
      requestSync();
    };
    socket.onmessage = function (message) {
      var data = JSON.parse(message.data);
      if (data.type === "event") {
        receive(data);
      } else if (data.type === "replay") {
        data.events.forEach(receive);
      } else if (data.type === "synced") {
        syncing = false;
        if (Object.keys(buffer).length) {
          requestSync();
        }
      } else if (data.type === "heartbeat" && data.seq > lastSeq && !syncing) {
        requestSync(); // a message got lost on the way: the heartbeat gives it away
      }
    };
    socket.onclose = function (event) {
      socket = null;
      syncing = false;
      if (event.code === 4403 || event.code === 4401) {
        stopped = true;
        setStatus(text("no-access"));
        announce(text("no-access"));
        return;
      }
      setStatus(text("offline"));
      retryTimer = window.setTimeout(connect, shared.retryDelay(event, openedAt, attempt++));
    };
  }

  // --- Forms without reloading ------------------------------------------------------

  function postWithoutReload(form, onDone) {
    var data = new FormData(form);
    return window
      .fetch(form.getAttribute("action"), {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-Requested-With": "fetch" },
      })
      .then(function (response) {
        if (response.ok) {
          onDone();
        } else if (response.status === 409 && form === replyForm) {
          setReplyClosed(true); // closed while the message was on its way: keep the text
        } else {
          form.setAttribute("data-no-fetch", "");
          form.submit(); // let the server show its messages, with what was typed
        }
      })
      .catch(function () {
        form.setAttribute("data-no-fetch", "");
        form.submit();
      });
  }

  root.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.hasAttribute("data-no-fetch")) {
      return;
    }
    if (form.matches("form[data-live-form]")) {
      event.preventDefault();
      var button = form.querySelector("[data-reaction]");
      postWithoutReload(form, function () {
        if (button) {
          button.setAttribute("aria-pressed", button.getAttribute("aria-pressed") === "true" ? "false" : "true");
        }
      });
    } else if (form === replyForm) {
      event.preventDefault();
      if (form.hasAttribute("data-closed")) {
        return;
      }
      var box = form.querySelector("textarea");
      var sent = box.value;
      postWithoutReload(form, function () {
        // Emptied only when it still holds what was sent: the message may come back
        // through the socket before this answer, and the member may be typing the next one.
        if (box.value === sent) {
          box.value = "";
        }
        form.querySelectorAll("input[name=mentioned]").forEach(function (input) {
          input.remove();
        });
        resetReplyTarget();
        announce(text("posted"));
      });
    }
  });

  // Reply to (or quote) one message with the form at the bottom of the page.
  function resetReplyTarget() {
    if (!replyForm) {
      return;
    }
    replyForm.querySelector("[data-reply-to-field]").value = "";
    var context = replyForm.querySelector("[data-reply-context]");
    context.hidden = true;
    replyForm.querySelector("[data-reply-cancel]").hidden = true;
  }

  function targetReply(postId, name, quoteText) {
    replyForm.querySelector("[data-reply-to-field]").value = postId;
    var context = replyForm.querySelector("[data-reply-context]");
    context.textContent = text("replying-to").replace("%s", name);
    context.hidden = false;
    replyForm.querySelector("[data-reply-cancel]").hidden = false;
    var textarea = replyForm.querySelector("textarea");
    if (quoteText) {
      var quoted = quoteText
        .trim()
        .split("\n")
        .map(function (line) {
          return "> " + line;
        })
        .join("\n");
      textarea.value = quoted + "\n\n" + textarea.value;
    }
    textarea.focus();
  }

  if (replyForm) {
    replyForm.querySelector("[data-reply-cancel]").addEventListener("click", resetReplyTarget);
    root.addEventListener("click", function (event) {
      var reply = event.target.closest("[data-reply-to], [data-quote]");
      if (!reply) {
        return;
      }
      event.preventDefault();
      var post = reply.closest("[data-post-id]");
      var name = ((post.querySelector(".ln-post__author") || {}).textContent || "").trim();
      var quote = reply.hasAttribute("data-quote") ? post.querySelector(".ln-post__body").innerText : "";
      targetReply(post.getAttribute("data-post-id"), name, quote);
    });
  }

  // --- Mentions: @ and a few letters suggests colleagues ------------------------------

  function mentions(textarea) {
    var list = document.createElement("ul");
    list.id = textarea.id + "-suggestions";
    list.className = "ln-suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    textarea.insertAdjacentElement("afterend", list);
    textarea.setAttribute("aria-autocomplete", "list");
    textarea.setAttribute("aria-controls", list.id);
    var options = [];
    var active = -1;
    var timer = null;

    function wordBeforeCaret() {
      var before = textarea.value.slice(0, textarea.selectionStart);
      var match = /(^|\s)@([^\s@]{2,30})$/.exec(before);
      return match ? match[2] : null;
    }

    function close() {
      list.hidden = true;
      textarea.removeAttribute("aria-activedescendant");
      options = [];
      active = -1;
    }

    // The text shows the name; a hidden field next to it says which member that is, so
    // the server can store the handle (@anna-de-vries-12) that stays right when names
    // change or two colleagues share one (forum/mentions.py).
    function choose(index) {
      var member = options[index];
      var caret = textarea.selectionStart;
      var before = textarea.value.slice(0, caret).replace(/@[^\s@]*$/, "@" + member.name + " ");
      textarea.value = before + textarea.value.slice(caret);
      textarea.selectionStart = textarea.selectionEnd = before.length;
      if (textarea.form && !textarea.form.querySelector('input[name=mentioned][value="' + member.id + '"]')) {
        var chosen = document.createElement("input");
        chosen.type = "hidden";
        chosen.name = "mentioned";
        chosen.value = String(member.id);
        textarea.form.appendChild(chosen);
      }
      close();
      textarea.focus();
    }

    function highlight(index) {
      active = index;
      Array.prototype.forEach.call(list.children, function (item, position) {
        item.setAttribute("aria-selected", position === index ? "true" : "false");
      });
      if (index >= 0) {
        textarea.setAttribute("aria-activedescendant", list.children[index].id);
      }
    }

    function show(members) {
      options = members;
      list.innerHTML = "";
      members.forEach(function (member, index) {
        var item = document.createElement("li");
        item.id = list.id + "-" + index;
        item.setAttribute("role", "option");
        item.textContent = member.name + (member.organisation ? " – " + member.organisation : "");
        item.addEventListener("mousedown", function (event) {
          event.preventDefault();
          choose(index);
        });
        list.appendChild(item);
      });
      list.hidden = members.length === 0;
      highlight(members.length ? 0 : -1);
    }

    textarea.addEventListener("input", function () {
      var word = wordBeforeCaret();
      window.clearTimeout(timer);
      if (!word) {
        close();
        return;
      }
      timer = window.setTimeout(function () {
        window
          .fetch(root.getAttribute("data-mentions-url") + "?q=" + encodeURIComponent(word), { credentials: "same-origin" })
          .then(function (response) {
            return response.ok ? response.json() : { members: [] };
          })
          .then(function (data) {
            show(data.members);
          });
      }, 200);
    });
    textarea.addEventListener("keydown", function (event) {
      if (list.hidden) {
        return;
      }
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight((active + 1) % options.length);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight((active - 1 + options.length) % options.length);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (event.key === "Escape") {
        close();
      }
    });
    textarea.addEventListener("blur", function () {
      window.setTimeout(close, 150);
    });
  }

  document.querySelectorAll("textarea[data-mentions]").forEach(mentions);

  // --- Start ----------------------------------------------------------------------------

  root.querySelectorAll("[data-post-id]").forEach(prepare);
  bar.hidden = false;
  toggle.textContent = text("pause");
  connect();
  window.addEventListener("online", function () {
    if (!socket && !stopped) {
      window.clearTimeout(retryTimer);
      connect();
    }
  });
})();
