<!DOCTYPE html>
<html lang=”nb”>
    <head>
        <title>FAQ</title>
        <meta charset="utf-8">
        <link rel="stylesheet" type="text/css" href="main.css">
    </head>
    <body class="faq">
        <?php include "header.php"; ?>
        <br>
    <div id="faq">
        <h1>FAQ</h1>
        <p class="question">Q: Hva er utvalg?</p>
        <p class="answer">A: Et utvalg er på mange måter lik en klubb, og består av ansatte og/eller elever som deler en felles interesse, slik at man kan praktisere den sammen.</p>
        <hr>
        <p class="question">Q: Er ikke utvalg bare for studenter?</p>
        <p class="answer">A: Noen utvalg er kun for studenter, noen kun for ansatte, og resten er for alle som vil delta.</p>
        <hr>
        <p class="question">Q: Gjelder denne siden for hele Westerdals?</p>
        <p class="answer">A: Nei, dette er bare for utvalgene på campus Fjerdingen.</p>
        <hr>
        <p class="question">Q: Jeg fant en feil på nettsiden deres, hvordan kan jeg informere dere om den?</p>
        <p class="answer">A: Send en epost til admin på <a href="mailto:marcle15@student.westerdals.no">marcle15@student.westerdals.no</a>. Fortell hvor du fant feilen og hva som er feil så ordner vi opp i det.</p>
    </div>
        <?php include "footer.php"; ?>
    </body>
</html>