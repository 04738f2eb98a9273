<!DOCTYPE html>
<html lang="en">
<head>
    <title>primary education learning content</title>
    <!-- Required meta tags -->
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/4.0.0/css/bootstrap.min.css" integrity="sha384-Gn5384xqQ1aoWXA+058RXPxPg6fy4IWvTNh0E263XmFcJlSAwiGgFAW/dAiS6JXm" crossorigin="anonymous">
    <link rel="stylesheet" type="text/css" href="Style.css" />
    <link href="https://stackpath.bootstrapcdn.com/font-awesome/4.7.0/css/font-awesome.min.css" rel="stylesheet" integrity="sha384-wvfXpqpZZVQGK6TAh5PVlGOfQNHSoD2xbE+QkPxCAFlNEevoEH3Sl0sibVcOQVnN" crossorigin="anonymous">
</head>
<body>
    <div class="container">
        <div class="col-md-10 offset-1" style="border:5px solid darkgray;box-shadow:5px 5px #DCDCDC; line-height:20px;">
            <form>
                <h4>
                    <i class="fa fa-hand-o-right" aria-hidden="true"></i>
                    किस तिथि को हिंदी को राजभाषा बनाने का निर्णय लिया गया |
                </h4>
                <ul style="list-style:none">
                    <li> a) 15 अगस्त 1947 </li>
                    <li> b) 26 जनवरी 1950</li>
                    <li> c) 14 सितम्बर 1949 </li>
                    <li> d) 14 सितम्बर 1950</li>
                </ul>

                <details class="btn btn-outline-primary">
                    <summary>View Answer</summary>
                    <p>c) 14 सितम्बर 1949</p>
                </details>
            </form>
            <form>
                <h4>
                    <i class="fa fa-hand-o-right" aria-hidden="true"></i>
                    हिंदी वर्णमाला में स्वरों की संख्या क्या है
                </h4>
                <ul style="list-style:none">
                    <li> a) 8 </li>
                    <li> b) 9</li>
                    <li> c) 11</li>
                    <li> d) 14</li>
                </ul>

                <details class="btn btn-outline-primary">
                    <summary>View Answer</summary>
                    <p>c) 11</p>
                </details>
            </form>
            <form>
                <h4>
                    <i class="fa fa-hand-o-right" aria-hidden="true"></i>
                    भाषा के आधार पर भारतीय राज्यों की पुनः संरचना की गई थी
                </h4>
                <ul style="list-style:none">
                    <li> a) 1952 </li>
                    <li> b) 1953 </li>
                    <li> c) 1954 </li>
                    <li> d) 1956  </li>
                </ul>

                <details class="btn btn-outline-primary">
                    <summary>View Answer</summary>
                    <p>d) 1956</p>
                </details>
            </form>
            <form>
                <h4>
                    <i class="fa fa-hand-o-right" aria-hidden="true"></i>
                    संधि कितने प्रकार की होती है
                </h4>
                <ul style="list-style:none">
                    <li> a) 1</li>
                    <li> b) 2</li>
                    <li> c) 3</li>
                    <li> d) 4</li>
                </ul>

                <details class="btn btn-outline-primary">
                    <summary>View Answer</summary>
                    <p> c) 3</p>
                </details>
            </form>
            <form>
                <h4>
                    <i class="fa fa-hand-o-right" aria-hidden="true"></i>
                    हिंदी में शब्दों का लिंग निर्धारण किसके आधार पर होता है
                </h4>
                <ul style="list-style:none">
                    <li> a)  संज्ञा</li>
                    <li> b)  सर्वनाम</li>
                    <li> c)  क्रिया</li>
                    <li> d)  प्रत्यय</li>
                </ul>

                <details class="btn btn-outline-primary">
                    <summary>View Answer</summary>
                    <p> a)  संज्ञा</p>
                </details>
            </form>
            <form>
                <h4>
                    <i class="fa fa-hand-o-right" aria-hidden="true"></i>
                    इनमें से कौनसी विपरीतार्थक शब्द "पतझड़" का अर्थ है
                </h4>
                <ul style="list-style:none">
                    <li> a) वसंत</li>
                    <li> b) विस्तार</li>
                    <li> c) शर्दी</li>
                    <li> d) शीतल</li>
                </ul>

                <details class="btn btn-outline-primary">
                    <summary>View Answer</summary>
                    <p>a) वसंत</p>
                </details>
            </form>
            <form>
                <h4>
                    <i class="fa fa-hand-o-right" aria-hidden="true"></i>
                    कौन सा शब्द बहुवचन है
                </h4>
                <ul style="list-style:none">
                    <li> a)  माता</li>
                    <li> b)  प्राण</li>
                    <li> c)  लड़का</li>
                    <li> d)  किताब</li>
                </ul>

                <details class="btn btn-outline-primary">
                    <summary>View Answer</summary>
                    <p> b)  प्राण</p>
                </details>
            </form>
            <form>
                <h4>
                    <i class="fa fa-hand-o-right" aria-hidden="true"></i>
                    कृदन्त प्रत्यय किन शब्दों के साथ जुड़ते हैं
                </h4>
                <ul style="list-style:none">
                    <li> a)  संज्ञा</li>
                    <li> b)  सर्वनाम</li>
                    <li> c)  क्रिया</li>
                    <li> d) विशेषण </li>
                </ul>

                <details class="btn btn-outline-primary">
                    <summary>View Answer</summary>
                    <p> c)  क्रिया</p>
                </details>
            </form>
            <form>
                <h4>
                    <i class="fa fa-hand-o-right" aria-hidden="true"></i>
                    इनमें से किन शब्दों में वर्णन संबंधी अशुद्धि नहीं है
                </h4>
                <ul style="list-style:none">
                    <li> a) अध्यन</li>
                    <li> b)  आगामी</li>
                    <li> c)  अधीन</li>
                    <li> d)  उज्वल</li>
                </ul>

                <details class="btn btn-outline-primary">
                    <summary>View Answer</summary>
                    <p> c)  अधीन</p>
                </details>
            </form>
            <form>
                <h4>
                    <i class="fa fa-hand-o-right" aria-hidden="true"></i>
                    कौन सा शब्द गुणवाचक विशेषण है
                </h4>
                <ul style="list-style:none">
                    <li> a) लाल फूल</li>
                    <li> b)  पांच लड़के </li>
                    <li> c)  दस हाथी</li>
                    <li> d)  इनमे कोई नहीं</li>
                </ul>

                <details class="btn btn-outline-primary">
                    <summary>View Answer</summary>
                    <p>a) लाल फूल</p>
                </details>
            </form>
            <p>This is the end of questions.</p>
        </div>
    </div>

    <!-- Optional JavaScript -->
    <!-- jQuery first, then Popper.js, then Bootstrap JS -->
    <script src="https://code.jquery.com/jquery-3.2.1.slim.min.js" integrity="sha384-KJ3o2DKtIkvYIK3UENzmM7KCkRr/rE9/Qpg6aAZGJwFDMVNA/GpGFF93hXpG5KkN" crossorigin="anonymous"></script>
    <script src="https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js" integrity="sha384-ApNbgh9B+Y1QKtv3Rn7W3mgPxhU9K/ScQsAP7hUibX39j7fakFPskvXusvfa0b4Q" crossorigin="anonymous"></script>
    <script src="https://maxcdn.bootstrapcdn.com/bootstrap/4.0.0/js/bootstrap.min.js" integrity="sha384-JZR6Spejh4U02d8jOt6vLEHfe/JQGiRRSQQxSfFWpi1MquVdAyjUar5+76PVCmYl" crossorigin="anonymous"></script>
</body>
</html>