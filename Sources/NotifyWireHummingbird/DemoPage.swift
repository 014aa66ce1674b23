#if Hummingbird
    /// The demo page that `GET /` serves: one self-contained HTML document (inline CSS and JavaScript, no
    /// external assets, no build step). Its routes are found below the path it is served at, so it works
    /// wherever ``NotifyWireRoutes`` are mounted.
    ///
    /// The page subscribes with `EventSource` (`/events?recipient=…&codec=json`) or, at the flip of a switch,
    /// with a WebSocket (`/ws?recipient=…`, subprotocol `notifywire.v1.json`), lists notifications as they
    /// arrive, and has a form that publishes one (`POST /notifications` with a JSON body).
    ///
    /// Query parameters steer it, for people and for the end-to-end tests:
    /// - `recipient=ID`: whose notifications to show (default `demo`);
    /// - `transport=sse|ws`: the transport to start with (default `sse`);
    /// - `after=SEQ`: replay what follows sequence `SEQ` first (`lastEventId` for SSE, `after` for WebSocket);
    /// - `access_token=JWT`: passed on to `/events` and `/ws` when the server requires a token;
    /// - `echo=RECIPIENT`: once subscribed, the page publishes `ready <transport>` to `RECIPIENT`, and then,
    ///   for every notification it receives, a notification to `RECIPIENT` titled
    ///   `<transport> received <id> #<sequence>` (data `transport`, `id`, `sequence`, `echo`), so that a test
    ///   learns what the browser received through the real routes only. Echoes are never echoed again.
    public enum DemoPage {
        /// The page's HTML, UTF-8.
        public static let html: String = #"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>NotifyWire demo</title>
            <style>
              body { font: 15px/1.4 system-ui, sans-serif; margin: 0 auto; max-width: 52rem; padding: 1rem;
                     color: #1d2330; background: #f6f7f9; }
              h1 { font-size: 1.3rem; margin: 0 0 .5rem; }
              fieldset { border: 1px solid #cfd4dc; border-radius: 6px; margin: 0 0 1rem; background: #fff; }
              label { margin-right: 1rem; }
              input[type=text] { width: 12rem; }
              #status { font-weight: 600; }
              #status.open { color: #1a7f37; } #status.closed { color: #b42318; }
              ol { list-style: none; padding: 0; }
              li { background: #fff; border: 1px solid #cfd4dc; border-radius: 6px; padding: .5rem .75rem;
                   margin-bottom: .5rem; }
              li .meta { color: #5b6475; font-size: .85rem; }
              .switch { display: inline-flex; align-items: center; gap: .4rem; }
            </style>
            </head>
            <body>
            <h1>NotifyWire demo</h1>
            <fieldset>
              <legend>Subscribe</legend>
              <label>Recipient <input id="recipient" type="text"></label>
              <span class="switch">SSE <input id="useWebSocket" type="checkbox"> WebSocket</span>
              <button id="reconnect" type="button">Reconnect</button>
              <p>Transport: <span id="transport"></span> · status: <span id="status">connecting</span>
                 · received: <span id="count">0</span></p>
            </fieldset>
            <fieldset>
              <legend>Publish</legend>
              <form id="publish">
                <label>To <input name="recipientId" type="text" required></label>
                <label>Title <input name="title" type="text" value="Hello from the demo page"></label>
                <label>Kind <select name="kind">
                  <option>COMMENT</option><option>MENTION</option><option>STATUS_CHANGE</option>
                  <option>ORDER_UPDATE</option><option>MESSAGE</option><option>SYSTEM_ALERT</option>
                </select></label>
                <p><label>Body <input name="body" type="text" value="" style="width: 30rem"></label></p>
                <button type="submit">Publish</button> <span id="published"></span>
              </form>
            </fieldset>
            <ol id="list"></ol>
            <script>
            "use strict";
            const params = new URLSearchParams(location.search);
            const state = {
              recipient: params.get("recipient") || "demo",
              transport: params.get("transport") === "ws" ? "ws" : "sse",
              after: params.get("after"),
              token: params.get("access_token"),
              echo: params.get("echo"),
              source: null,
              count: 0,
            };
            const $ = (id) => document.getElementById(id);

            // The routes' mount path: the page is served at the mount path itself (`/api/notify` or
            // `/api/notify/`, or `/` at the root), and every route sits below it.
            const base = location.pathname.replace(/\/+$/, "");

            function setStatus(text, open) {
              $("status").textContent = text;
              $("status").className = open ? "open" : "closed";
            }

            async function post(notification) {
              const response = await fetch(base + "/notifications", {
                method: "POST",
                headers: { "Content-Type": "application/json" },
                body: JSON.stringify(notification),
              });
              if (!response.ok) throw new Error("publish answered " + response.status);
              return response.json();
            }

            function echo(title, data) {
              if (!state.echo) return;
              post({ id: "echo-" + Date.now() + "-" + Math.random().toString(36).slice(2),
                     recipientId: state.echo, title: title, data: Object.assign({ echo: "1" }, data) })
                .catch((error) => console.error(error));
            }

            function show(notification) {
              state.count += 1;
              $("count").textContent = String(state.count);
              const item = document.createElement("li");
              const title = document.createElement("strong");
              title.textContent = notification.title || "(no title)";
              const meta = document.createElement("div");
              meta.className = "meta";
              meta.textContent = "#" + (notification.sequence || "?") + " · " + (notification.kind || "") +
                " · id " + (notification.id || "") + " · via " + state.transport;
              const body = document.createElement("div");
              body.textContent = notification.body || "";
              item.append(title, meta, body);
              $("list").prepend(item);
              const isEcho = notification.data && notification.data.echo === "1";
              if (!isEcho) {
                echo(state.transport + " received " + (notification.id || "") + " #" + (notification.sequence || ""),
                     { transport: state.transport, id: notification.id || "",
                       sequence: String(notification.sequence || "") });
              }
            }

            function received(text) {
              try { show(JSON.parse(text)); } catch (error) { console.error("not a notification", error); }
            }

            function query(extra) {
              const search = new URLSearchParams({ recipient: state.recipient });
              for (const [key, value] of Object.entries(extra)) if (value) search.set(key, value);
              if (state.token) search.set("access_token", state.token);
              return search.toString();
            }

            function connect() {
              if (state.source) state.source.close();
              $("transport").textContent = state.transport === "ws" ? "WebSocket" : "Server-Sent Events";
              $("useWebSocket").checked = state.transport === "ws";
              setStatus("connecting", false);
              if (state.transport === "ws") {
                const scheme = location.protocol === "https:" ? "wss://" : "ws://";
                const socket = new WebSocket(scheme + location.host + base + "/ws?" + query({ after: state.after }),
                                             "notifywire.v1.json");
                socket.onopen = () => { setStatus("open", true); echo("ready ws", { transport: "ws" }); };
                socket.onmessage = (event) => received(event.data);
                socket.onclose = (event) => setStatus("closed (" + event.code + ")", false);
                state.source = socket;
              } else {
                const source = new EventSource(base + "/events?" + query({ codec: "json", lastEventId: state.after }));
                source.onopen = () => { setStatus("open", true); echo("ready sse", { transport: "sse" }); };
                source.onmessage = (event) => received(event.data);
                source.addEventListener("resync", (event) => console.warn("resync", event.data));
                source.onerror = () => setStatus("reconnecting", false);
                state.source = source;
              }
            }

            $("recipient").value = state.recipient;
            $("publish").elements.recipientId.value = state.recipient;
            $("recipient").addEventListener("change", () => { state.recipient = $("recipient").value; connect(); });
            $("useWebSocket").addEventListener("change", () => {
              state.transport = $("useWebSocket").checked ? "ws" : "sse";
              connect();
            });
            $("reconnect").addEventListener("click", connect);
            $("publish").addEventListener("submit", (event) => {
              event.preventDefault();
              const form = event.target.elements;
              const notification = { id: "demo-" + Date.now(), recipientId: form.recipientId.value,
                                     kind: form.kind.value, title: form.title.value, body: form.body.value,
                                     createdAt: new Date().toISOString() };
              post(notification)
                .then((stored) => { $("published").textContent = "published #" + stored.sequence; })
                .catch((error) => { $("published").textContent = String(error); });
            });
            connect();
            </script>
            </body>
            </html>
            """#
    }
#endif
