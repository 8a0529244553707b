// Keeps a copy of a draft form in this browser, so nothing typed is lost when the session times
// out or the connection drops between the server autosaves; the copy is dropped on submission and
// at sign-out (every key starts with "hromada-draft:", which the sign-out form clears).
(function () {
  document.querySelectorAll('form[data-draft-key]').forEach(function (form) {
    var key = form.getAttribute('data-draft-key');
    var fields = form.querySelectorAll('input[type=text], textarea');
    var saved = {};
    try { saved = JSON.parse(localStorage.getItem(key) || '{}'); } catch (e) { saved = {}; }
    fields.forEach(function (field) {
      if (!field.value && saved[field.name]) {
        field.value = saved[field.name];
      }
      field.addEventListener('input', function () {
        var copy = {};
        fields.forEach(function (f) { copy[f.name] = f.value; });
        try { localStorage.setItem(key, JSON.stringify(copy)); } catch (e) { /* storage full or off: the server autosave remains */ }
      });
    });
    form.addEventListener('submit', function (event) {
      if (event.submitter && event.submitter.id && event.submitter.id.endsWith('submit')) {
        localStorage.removeItem(key);
      }
    });
  });
})();
