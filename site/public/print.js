// Print buttons need JavaScript; without it they stay hidden and the page says how to print.
for (const button of document.querySelectorAll('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
