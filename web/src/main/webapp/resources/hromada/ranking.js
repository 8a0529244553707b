// A poll's ranking: the up and down buttons move an option in the list (its hidden input posts in
// that order); the moved option's button keeps the focus and a live region says where it is now.
document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-move]');
    if (!button) {
        return;
    }
    var item = button.closest('li');
    var list = item.parentNode;
    // the neighbour moves, not the item, so the focused button never leaves the document
    if (button.dataset.move === 'up' && item.previousElementSibling) {
        list.insertBefore(item.previousElementSibling, item.nextElementSibling);
    } else if (button.dataset.move === 'down' && item.nextElementSibling) {
        list.insertBefore(item.nextElementSibling, item);
    } else {
        return;
    }
    button.focus();
    var position = Array.prototype.indexOf.call(list.children, item) + 1;
    var live = document.getElementById(list.dataset.live);
    if (live) {
        live.textContent = list.dataset.announce.replace('{0}', item.dataset.label).replace('{1}', position)
            .replace('{2}', list.children.length);
    }
});
