// Bootstrap's components as its docs show them, on one page built from its dist bundle (Popper
// included): navbar with a dropdown, modal, tabs, accordion, carousel, toasts, popovers, tooltips,
// offcanvas, collapse, dismissible alert, a form, pagination, list group.
import type { WildApp } from "../types";
import { html } from "./html";

const body = `
<nav class="navbar navbar-expand-lg bg-body-tertiary">
  <div class="container-fluid">
    <a class="navbar-brand" href="#">Gallery</a>
    <ul class="navbar-nav me-auto">
      <li class="nav-item"><a class="nav-link active" aria-current="page" href="#">Home</a></li>
      <li class="nav-item dropdown">
        <a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown" aria-expanded="false">Dropdown</a>
        <ul class="dropdown-menu">
          <li><a class="dropdown-item" href="#">Action</a></li>
          <li><a class="dropdown-item" href="#">Another action</a></li>
          <li><hr class="dropdown-divider"></li>
          <li><a class="dropdown-item" href="#">Something else here</a></li>
        </ul>
      </li>
    </ul>
    <form class="d-flex" role="search" onsubmit="event.preventDefault(); document.getElementById('search-out').textContent = 'Results for ' + this.q.value">
      <input class="form-control me-2" type="search" name="q" placeholder="Search" aria-label="Search">
      <button class="btn btn-outline-success" type="submit">Search</button>
    </form>
  </div>
</nav>
<main class="container my-4">
  <p id="search-out" class="text-muted"></p>
  <div class="alert alert-warning alert-dismissible fade show" role="alert">
    <strong>Holy guacamole!</strong> You should check in on some of those fields below.
    <button type="button" class="btn-close" data-bs-dismiss="alert" aria-label="Close"></button>
  </div>

  <h2>Modal</h2>
  <button type="button" class="btn btn-primary" data-bs-toggle="modal" data-bs-target="#exampleModal">Launch demo modal</button>
  <div class="modal fade" id="exampleModal" tabindex="-1" aria-labelledby="exampleModalLabel" aria-hidden="true">
    <div class="modal-dialog">
      <div class="modal-content">
        <div class="modal-header">
          <h1 class="modal-title fs-5" id="exampleModalLabel">Modal title</h1>
          <button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close"></button>
        </div>
        <div class="modal-body">Woo-hoo, you're reading this text in a modal!</div>
        <div class="modal-footer">
          <button type="button" class="btn btn-secondary" data-bs-dismiss="modal">Close</button>
          <button type="button" class="btn btn-primary" data-bs-dismiss="modal">Save changes</button>
        </div>
      </div>
    </div>
  </div>

  <h2 class="mt-4">Tabs</h2>
  <ul class="nav nav-tabs" id="myTab" role="tablist">
    <li class="nav-item" role="presentation"><button class="nav-link active" id="home-tab" data-bs-toggle="tab" data-bs-target="#home-tab-pane" type="button" role="tab" aria-controls="home-tab-pane" aria-selected="true">Home</button></li>
    <li class="nav-item" role="presentation"><button class="nav-link" id="profile-tab" data-bs-toggle="tab" data-bs-target="#profile-tab-pane" type="button" role="tab" aria-controls="profile-tab-pane" aria-selected="false">Profile</button></li>
    <li class="nav-item" role="presentation"><button class="nav-link" id="contact-tab" data-bs-toggle="tab" data-bs-target="#contact-tab-pane" type="button" role="tab" aria-controls="contact-tab-pane" aria-selected="false">Contact</button></li>
  </ul>
  <div class="tab-content border border-top-0 p-3" id="myTabContent">
    <div class="tab-pane fade show active" id="home-tab-pane" role="tabpanel" aria-labelledby="home-tab" tabindex="0">This is the home tab's content.</div>
    <div class="tab-pane fade" id="profile-tab-pane" role="tabpanel" aria-labelledby="profile-tab" tabindex="0">This is the profile tab's content.</div>
    <div class="tab-pane fade" id="contact-tab-pane" role="tabpanel" aria-labelledby="contact-tab" tabindex="0">This is the contact tab's content.</div>
  </div>

  <h2 class="mt-4">Accordion</h2>
  <div class="accordion" id="accordionExample">
    <div class="accordion-item">
      <h2 class="accordion-header"><button class="accordion-button" type="button" data-bs-toggle="collapse" data-bs-target="#collapseOne" aria-expanded="true" aria-controls="collapseOne">Accordion Item #1</button></h2>
      <div id="collapseOne" class="accordion-collapse collapse show" data-bs-parent="#accordionExample"><div class="accordion-body">This is the first item's accordion body.</div></div>
    </div>
    <div class="accordion-item">
      <h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapseTwo" aria-expanded="false" aria-controls="collapseTwo">Accordion Item #2</button></h2>
      <div id="collapseTwo" class="accordion-collapse collapse" data-bs-parent="#accordionExample"><div class="accordion-body">This is the second item's accordion body.</div></div>
    </div>
  </div>

  <h2 class="mt-4">Carousel</h2>
  <div id="carouselExample" class="carousel slide" style="max-width:640px">
    <div class="carousel-inner">
      <div class="carousel-item active"><img src="/offline/poster.jpg" class="d-block w-100" alt="First slide"></div>
      <div class="carousel-item"><img src="/offline/poster.jpg" class="d-block w-100" alt="Second slide" style="filter:hue-rotate(90deg)"></div>
      <div class="carousel-item"><img src="/offline/poster.jpg" class="d-block w-100" alt="Third slide" style="filter:hue-rotate(180deg)"></div>
    </div>
    <button class="carousel-control-prev" type="button" data-bs-target="#carouselExample" data-bs-slide="prev"><span class="carousel-control-prev-icon" aria-hidden="true"></span><span class="visually-hidden">Previous</span></button>
    <button class="carousel-control-next" type="button" data-bs-target="#carouselExample" data-bs-slide="next"><span class="carousel-control-next-icon" aria-hidden="true"></span><span class="visually-hidden">Next</span></button>
  </div>

  <h2 class="mt-4">Toasts, popovers, tooltips</h2>
  <button type="button" class="btn btn-primary" id="liveToastBtn">Show live toast</button>
  <button type="button" class="btn btn-danger" data-bs-toggle="popover" data-bs-title="Popover title" data-bs-content="And here's some amazing content. It's very engaging. Right?">Click to toggle popover</button>
  <button type="button" class="btn btn-secondary" data-bs-toggle="tooltip" data-bs-placement="top" data-bs-title="Tooltip on top">Tooltip on top</button>
  <div class="toast-container position-fixed top-0 end-0 p-3">
    <div id="liveToast" class="toast" role="alert" aria-live="assertive" aria-atomic="true">
      <div class="toast-header"><strong class="me-auto">Bootstrap</strong><small>11 mins ago</small><button type="button" class="btn-close" data-bs-dismiss="toast" aria-label="Close"></button></div>
      <div class="toast-body">Hello, world! This is a toast message.</div>
    </div>
  </div>

  <h2 class="mt-4">Offcanvas and collapse</h2>
  <button class="btn btn-primary" type="button" data-bs-toggle="offcanvas" data-bs-target="#offcanvasExample" aria-controls="offcanvasExample">Open offcanvas</button>
  <button class="btn btn-outline-primary" type="button" data-bs-toggle="collapse" data-bs-target="#collapseExample" aria-expanded="false" aria-controls="collapseExample">Toggle collapse</button>
  <div class="collapse mt-2" id="collapseExample"><div class="card card-body">Some placeholder content for the collapse component.</div></div>
  <div class="offcanvas offcanvas-start" tabindex="-1" id="offcanvasExample" aria-labelledby="offcanvasExampleLabel">
    <div class="offcanvas-header"><h5 class="offcanvas-title" id="offcanvasExampleLabel">Offcanvas</h5><button type="button" class="btn-close" data-bs-dismiss="offcanvas" aria-label="Close"></button></div>
    <div class="offcanvas-body">Some text as placeholder. In real life you can have the elements you have chosen.</div>
  </div>

  <h2 class="mt-4">Form</h2>
  <form class="row g-3" onsubmit="event.preventDefault(); this.classList.add('was-validated')" novalidate>
    <div class="col-md-6"><label for="inputEmail4" class="form-label">Email</label><input type="email" class="form-control" id="inputEmail4" required></div>
    <div class="col-md-6"><label for="inputPassword4" class="form-label">Password</label><input type="password" class="form-control" id="inputPassword4"></div>
    <div class="col-md-4"><label for="inputState" class="form-label">State</label><select id="inputState" class="form-select"><option selected>Choose...</option><option>Ohio</option><option>Texas</option></select></div>
    <div class="col-md-4"><label for="customRange1" class="form-label">Example range</label><input type="range" class="form-range" id="customRange1"></div>
    <div class="col-12"><div class="form-check form-switch"><input class="form-check-input" type="checkbox" role="switch" id="switchCheckDefault"><label class="form-check-label" for="switchCheckDefault">Default switch checkbox input</label></div></div>
    <div class="col-12"><div class="form-check"><input class="form-check-input" type="radio" name="radioDefault" id="radioDefault1"><label class="form-check-label" for="radioDefault1">Default radio</label></div>
      <div class="form-check"><input class="form-check-input" type="radio" name="radioDefault" id="radioDefault2" checked><label class="form-check-label" for="radioDefault2">Default checked radio</label></div></div>
    <div class="col-12"><label for="ta" class="form-label">Message</label><textarea class="form-control" id="ta" rows="2"></textarea></div>
    <div class="col-12"><button type="submit" class="btn btn-primary">Sign in</button></div>
  </form>

  <h2 class="mt-4">List group and pagination</h2>
  <div class="list-group" style="max-width:400px">
    <button type="button" class="list-group-item list-group-item-action active" aria-current="true">The current button</button>
    <button type="button" class="list-group-item list-group-item-action">A second button item</button>
    <button type="button" class="list-group-item list-group-item-action" disabled>A disabled button item</button>
  </div>
  <nav aria-label="Page navigation example" class="mt-3">
    <ul class="pagination">
      <li class="page-item"><a class="page-link" href="#">Previous</a></li>
      <li class="page-item"><a class="page-link" href="#">1</a></li>
      <li class="page-item"><a class="page-link" href="#">2</a></li>
      <li class="page-item"><a class="page-link" href="#">Next</a></li>
    </ul>
  </nav>
</main>
<script src="/bootstrap/js/bootstrap.bundle.min.js"></script>
<script>
  document.querySelectorAll('[data-bs-toggle="popover"]').forEach(function (el) { new bootstrap.Popover(el) });
  document.querySelectorAll('[data-bs-toggle="tooltip"]').forEach(function (el) { new bootstrap.Tooltip(el) });
  var toast = bootstrap.Toast.getOrCreateInstance(document.getElementById('liveToast'));
  document.getElementById('liveToastBtn').addEventListener('click', function () { toast.show() });
  // the list group's buttons select an item, as the docs' examples do with a little script
  document.querySelectorAll('.list-group-item-action').forEach(function (b) {
    b.addEventListener('click', function () { document.querySelectorAll('.list-group-item-action').forEach(function (o) { o.classList.toggle('active', o === b) }) });
  });
</script>`;

export const bootstrapGallery: WildApp = {
  id: "bootstrap",
  description: "Bootstrap's component gallery: navbar dropdown, modal, tabs, accordion, carousel, toasts, popovers, tooltips, offcanvas, collapse, alert, form",
  packages: ["bootstrap"],
  pages: { "/": html({ title: "Bootstrap gallery", head: `<link href="/bootstrap/css/bootstrap.min.css" rel="stylesheet">`, body }) },
  mounts: { "/bootstrap/": "node_modules/bootstrap/dist/" },
  steps: async (d) => {
    // the carousel stepped through quickly, as people flick through photos
    await d.clicks(".carousel-control-next", 4, 300, "the carousel's Next");
    await d.click("[data-bs-target='#exampleModal']", "Launch demo modal");
    await d.click("#exampleModal .btn-primary", "Save changes in the modal");
    await d.click("#profile-tab", "the Profile tab");
    await d.click("#profile-tab", "the Profile tab again (already open)");
  },
  realFailures: [],
};
