[#ftl output_format="HTML"]
<footer class="wz-footer">
  <div class="wz-footer__inner">
    <p class="utrecht-paragraph">${i18n['wijkaanzet.footer.text']}</p>
  </div>
</footer>
