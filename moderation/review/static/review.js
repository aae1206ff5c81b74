// Keys for the review queue. Every key presses one of the page's own form buttons, so each
// action still works (and is still CSRF-checked) without this script: it only adds shortcuts.
//   j / k  select the next / previous comment      a  approve     r  remove
//   1 2 3  tick or untick a label                  s  set the ticked labels
//   u      undo my last action
"use strict";

(function () {
  const comments = Array.from(document.querySelectorAll("article.comment"));
  const undoForm = document.getElementById("undo");
  // The page reloads after each action; the selection is kept by position, so the comment that
  // moved up into the place of the one just reviewed is selected next.
  const tab = document.querySelector("main").dataset.tab;
  const remembered = "review-queue-position:" + tab;
  let selected = Math.min(Number(sessionStorage.getItem(remembered)) || 0, comments.length - 1);
  let sending = false;

  function select(position) {
    if (comments.length === 0) return;
    selected = Math.max(0, Math.min(position, comments.length - 1));
    comments.forEach((comment, n) => comment.classList.toggle("selected", n === selected));
    comments[selected].focus({ preventScroll: true });
    comments[selected].scrollIntoView({ block: "nearest" });
  }

  function submit(form, button) {
    if (sending || !form) return;
    sending = true; // one action per page load: a held key must not post twice
    sessionStorage.setItem(remembered, String(selected));
    form.requestSubmit(button);
  }

  function press(action) {
    const form = comments[selected] && comments[selected].querySelector("form.verdict");
    if (form) submit(form, form.querySelector('button[value="' + action + '"]'));
  }

  function toggleLabel(number) {
    const boxes = comments[selected] ? comments[selected].querySelectorAll("input.label") : [];
    if (boxes[number - 1]) boxes[number - 1].checked = !boxes[number - 1].checked;
  }

  const keys = {
    j: () => select(selected + 1),
    k: () => select(selected - 1),
    a: () => press("approve"),
    r: () => press("remove"),
    s: () => press("relabel"),
    u: () => submit(undoForm, null),
    1: () => toggleLabel(1),
    2: () => toggleLabel(2),
    3: () => toggleLabel(3),
  };

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (event.target.closest("input:not([type=checkbox]), textarea, select")) return; // typing
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });

  sessionStorage.removeItem(remembered);
  comments.forEach((comment, n) => comment.addEventListener("click", () => select(n)));
  document.querySelectorAll(".keys").forEach((legend) => (legend.hidden = false));
  select(selected);
})();
