<section class="faq page-neutral-brand-text">
  <h1>Fragen und Antworten zu unseren Hosting-Leistungen</h1>

  <article class="faq-section">
    <h2>Domains</h2>

    <dl class="accordion accordion-open-first" aria-multiselectable="true" data-active-class="icon icon-bg-brand icon-minus-small" data-inactive-class="icon icon-bg-brand icon-plus-small">
      <dt class="accordion-title" href="#help-domain-1">Ist es m&ouml;glich den Domainnamen nachträglich zu ändern?</dt>
      <dd id="help-domain-1" class="accordion-content">
        <p>Eine &Auml;nderung eines bestehenden Domainnamens ist nicht m&ouml;glich, da der Domainname gem&auml;&szlig; Ihren Angaben bei der Registry bestellt und konnektiert worden ist.</p>
      </dd>

      <dt class="accordion-title" href="#help-domain-2">K&ouml;nnen Domainnamen mit internationalen Zeichen (Umlautdomains/IDN-Domains) registriert werden?</dt>
      <dd id="help-domain-2" class="accordion-content">
        <p>Ja, wir bieten Ihnen die Möglichkeit an auch sogenannte IDN-Domains bei {{ site.name.short }} zu bestellen. Bei der Bestellung bedarf es keiner besonderen Vorgehensweise.</p>
      </dd>
    </dl>
  </article>

  <article class="faq-section">
    <h2>Providerwechsel</h2>

    <dl class="accordion" aria-multiselectable="true" data-active-class="icon icon-bg-brand icon-minus-small" data-inactive-class="icon icon-bg-brand icon-plus-small">
      <dt class="accordion-title" href="#help-providerwechsel-1">Was ist ein Providerwechsel?</dt>
      <dd id="help-providerwechsel-1" class="accordion-content">
        <p>Durch die Registrierung Ihrer Wunschdomain wird diese bei der zust&auml;ndigen Organisation (NIC) angemeldet, z.B. .de-Domains sind bei der Denic gemeldet. Durch einen Providerwechsel werden die hinterlegten Daten bei der entsprechenden NIC angepasst.</p>
      </dd>

      <dt class="accordion-title" href="#help-providerwechsel-2">Wie kann ich eine .de/.at-Domain zu {{ site.name.short }} transferieren?</dt>
      <dd id="help-providerwechsel-2" class="accordion-content">
        <p>
          F&uuml;r den Providerwechsel Ihrer .de/.at-Domain wird ein sogenannter AuthInfo-Code benötigt. Diesen erhalten Sie bei Ihrem aktuellen Provider. Hierzu k&uuml;ndigen Sie Ihre Domain beim bisherigen Provider und fordern damit den ben&ouml;tigten AuthInfo-Code an. In der Regel erhalten Sie diesen zusammen mit der K&uuml;ndigungsbest&auml;tigung. Bitte beachten Sie, dass dieser AuthInfo-Code eine 30-t&auml;gige G&uuml;ltigkeit besitzt. Innerhalb dieses Zeitraums sollten Sie den Providerwechsel initiieren.
        </p>
        <p>
          Sobald Sie den AuthInfo-Code vorliegen haben, k&ouml;nnen Sie die Bestellung bei {{ site.name.short }} durchführen. Bei der Bestellung der .de/.at-Domain geben Sie bitte den AuthInfo-Code in das dafür vorgesehen Feld an. Der Domainumzug mittels diesen Verfahrens erfolgt somit nach der Freischaltung Ihres Auftrages. Ihre Domain wird danach bei {{ site.name.short }} verwaltet! Herzlich Willkommen!
        </p>
      </dd>
    </dl>
  </article>

  <article class="faq-section">
    <h2>E-Mail</h2>

    <dl class="accordion" aria-multiselectable="true" data-active-class="icon icon-bg-brand icon-minus-small" data-inactive-class="icon icon-bg-brand icon-plus-small">
      <dt class="accordion-title" href="#help-email-1">Was ist der Unterschied zwischen einem POP3- und IMAP-Postfach?</dt>
      <dd id="help-email-1" class="accordion-content">
        <p>Bei POP3 und IMAP handelt es sich um unterschiedliche Abruf-Protokolle: Wie rufen Sie Ihre E-Mails ab.</p>
        <p>Bei POP3 werden sämtliche E-Mails, die auf einem Mailserver f&uuml;r Sie vorhanden sind, beim Abruf auf Ihrem lokalen Gerät (Desktop/Handy/Tablet) heruntergeladen.</p>
        <p>Hinter IMAP steht der Begriff "Internet Message Access Protocol", welches es erm&ouml;glicht, dass Sie beispielsweise auch von unterwegs Zugriff auf Ihre E-Mails haben.</p>
        <p>Durch das IMAP-Protokoll verbleiben alle E-Mails auf dem Mailserver. Zwischen Ihren Endger&auml;ten und dem Mailserver findet eine st&auml;ndige E-Mail-Synchronisation statt, sodass auch gesendete Nachrichten und Entw&uuml;rfe auf dem Mailserver gespeichert sind.
        </p>
      </dd>

      <dt class="accordion-title" href="#help-email-2">Wie gro&szlig; darf eine E-Mail sein, die ich versenden m&ouml;chte?</dt>
      <dd id="help-email-2" class="accordion-content">
        <p>
          Sie k&ouml;nnen E-Mails mit einer maximalen Gr&ouml;&szlig;e von 100&nbsp;MB versenden.
        </p>
      </dd>
    </dl>
  </article>

  <article class="faq-section">
    <h2>SSL-Zertifikate</h2>

    <dl class="accordion" aria-multiselectable="true" data-active-class="icon icon-bg-brand icon-minus-small" data-inactive-class="icon icon-bg-brand icon-plus-small">
      <dt class="accordion-title" href="#help-ssl-1">Was ist ein SSL-Zertifikat?</dt>
      <dd id="help-ssl-1" class="accordion-content">
        <p>
          Hinter der Abkürzung SSL steht "Secure Sockets Layer", welche sich als "sichere Verbindung" &uuml;bersetzen l&auml;sst. Durch die Verwendung von SSL-Zertifikaten werden Daten, welche z.B. durch den Aufruf einer Webseite zu Ihrem lokalem Computer gesendet werden verschlüsselt übermittelt. SSL-Zertifikate werden sowohl f&uuml;r die verschl&uuml;sselte Daten&uuml;bertragung auf Webseiten als auch E-Mails eingesetzt.
        </p>
        <p>
           Sollten Sie Fragen rund um das Thema "SSL-Zertifikate" haben, so stehen wir Ihnen jederzeit gerne bei R&uuml;ckfragen zur Verf&uuml;gung.
        </p>
      </dd>

      <dt class="accordion-title" href="#help-ssl-2">Welches SSL-Zertifikat sollte ich ausw&auml;hlen?</dt>
      <dd id="help-ssl-2" class="accordion-content">
        <p>Generell sind für die richtige Zertifikatsauswahl Punkte wie "Welche Art von Webprojekt m&ouml;chten Sie mit dem SSL-Zertifikat absichern?" sowie "Welcher Validierungsgrad wird für das SSL-Zertifikat bevorzugt?".</p>
        <p>Bei der Auswahl des passenden SSL-Zertifikats stehen wir Ihnen gerne beratend zur Seite, kontaktieren Sie unseren <a href="{{ url("page_contact") }}">Kundenservice</a>.
        </p>
      </dd>
    </dl>
  </article>

  <article class="faq-section">
    <h2>Service &amp; Informationen</h2>

    <dl class="accordion" aria-multiselectable="true" data-active-class="icon icon-bg-brand icon-minus-small" data-inactive-class="icon icon-bg-brand icon-plus-small">
      <dt class="accordion-title" href="#help-service-1">Ich interessiere mich f&uuml;r die Produkte von {{ site.name.short }}. Wie erreiche ich den Kundenservice?</dt>
      <dd id="help-service-1" class="accordion-content">
        <p>Unseren Kundenservice erreichen Sie innerhalb unserer Gesch&auml;ftszeiten:</p>
        {% include "modules/opening_hours.tpl" %}
        <p>Nat&uuml;rlich k&ouml;nnen Sie uns auch <a href="{{ url("page_contact") }}#contact-us">per E-Mail</a> erreichen!</p>
      </dd>

      <dt class="accordion-title" href="#help-service-2">Wo bekomme ich eine Übersicht der Kontaktmöglichkeiten von {{ site.name.short }}?</dt>
      <dd id="help-service-2" class="accordion-content">
        <p>Wir freuen uns auf Sie und <a href="{{ url("page_contact") }}">erwarten Ihren Anruf oder Nachricht</a>!</p>
      </dd>
    </dl>
  </article>

</section>
