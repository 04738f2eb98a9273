<h1>Gyakran ismételt kérdések</h1>
<table class="faq">
    <caption>Látogatóink gyakran feltett kérdéseit az alábbi táblázat foglalja össze:</caption>
    <thead>
        <tr>
            <th id="question">Kérdés</th>
            <th id="answer">Válasz</th>
        </tr>
    </thead>
    <tbody>
        <tr>
            <td headers="question">Ingyenes a regisztráció?</td>
            <td headers="answer">A regisztráció mindenki számára ingyenes.</td>
        </tr>
        <tr>
            <td headers="question">Miért nem kérnek felhasználónevet a belépéshez?</td>
            <td headers="answer">A saját e-mail cím mindig egyedi és mindenki fejből tudja, ezért nem várjuk el a felhasználótól, hogy egy külön azonosítót kelljen megjegyeznie.</td>
        </tr>
        <tr>
            <td headers="question">Mekkora képet tölthetek fel a hirdetéshez?</td>
            <td headers="answer">Egy hirdetéshez maximum 1 MB méretű, .jpg formátumú kép tölthető fel.</td>
        </tr>
        <tr>
            <td headers="question">Hogyan tudom módosítani a jelszavamat?</td>
            <td headers="answer">Az oldal jelenleg nem támogatja ezt a funkciót.</td>
        </tr>
        <tr>
            <td headers="question">Mit tegyek ha elfelejtettem az e-mail címemet?</td>
            <td headers="answer">Az oldal jelenleg nem támogatja ezt a funkciót.</td>
        </tr>
    </tbody>
    <tfoot>
        <tr>
            <td colspan="2">Nem talált választ kérdéseire? Írjon nekünk: <a class="tr-color" href="mailto:latzkoo@gmail.com">latzkoo@gmail.com</a></td>
        </tr>
    </tfoot>
</table>