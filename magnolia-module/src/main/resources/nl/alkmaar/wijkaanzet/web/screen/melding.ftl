[#ftl output_format="HTML"]
[#import "layout.ftl" as layout]
[@layout.page crumbs=[{"label": "Overzicht", "url": base}, {"label": pageTitle, "url": ""}]]
  <h1 class="utrecht-heading-1">${pageTitle}</h1>
  <p class="utrecht-paragraph">${text}</p>
[/@layout.page]
