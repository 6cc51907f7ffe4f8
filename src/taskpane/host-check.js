/* eslint-disable */
/*
 * Runs before PMO Rulebook's bundle, in the plainest JavaScript, so that a webview too old for the
 * bundle (Internet Explorer 11 or the old Edge, which Office before 2021 and without WebView2 uses to
 * show add-ins) shows one sentence instead of a blank pane. See docs/add-in.md, "Which Excel works".
 */
(function () {
  var ua = (window.navigator && window.navigator.userAgent) || "";
  var oldEngine = /Trident\/|MSIE |Edge\/\d/.test(ua);
  var modern = typeof window.Proxy === "function" && typeof window.Promise === "function" && typeof window.Symbol === "function";
  if (modern && !oldEngine) return;
  window.PMO_RULEBOOK_UNSUPPORTED = true;
  var root = document.getElementById("root");
  if (!root) return;
  while (root.firstChild) root.removeChild(root.firstChild);
  var p = document.createElement("p");
  p.id = "unsupported";
  p.setAttribute("role", "alert");
  p.style.padding = "16px";
  p.appendChild(document.createTextNode("PMO Rulebook needs Excel for Microsoft 365, Excel 2021 or later with the Microsoft Edge WebView2 runtime, Excel on the web, or Excel for Mac: this version of Excel shows add-ins with an older browser engine that cannot run it."));
  root.appendChild(p);
})();
