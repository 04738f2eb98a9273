<!DOCTYPE html>
<!--[if lt IE 7]>      <html class="no-js lt-ie9 lt-ie8 lt-ie7"> <![endif]-->
<!--[if IE 7]>         <html class="no-js lt-ie9 lt-ie8"> <![endif]-->
<!--[if IE 8]>         <html class="no-js lt-ie9"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js"> <!--<![endif]-->
    <head>
        <meta charset="utf-8">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <title>Créer une FAQ</title>
        <meta name="description" content="">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link href="https://maxcdn.bootstrapcdn.com/font-awesome/4.7.0/css/font-awesome.min.css" rel="stylesheet">
        <link rel="stylesheet" href="css/style-faq.css">
    </head>
    <body>
        <!--[if lt IE 7]>
            <p class="browsehappy">You are using an <strong>outdated</strong> browser. Please <a href="#">upgrade your browser</a> to improve your experience.</p>
        <![endif]-->
        <div id="container">
            <h1>Bienvenue dans la FAQ</h1>
            <hr>
            
            <!-- Question 1 -->
            <div class="question-reponse">
                <div class="question" id="questionOne">
                    <h4>Quel est la durée de mon abonnement ?<i class="fa fa-caret-down" aria-hidden="true"></i></h4>
                </div>
                <div class="reponse" id="repOne">
                    <p>La durée de l'abonnement est de ... <br />
                    Lorem ipsum dolor sit amet, consectetur adipisicing elit. Fugiat enim beatae at velit voluptates deleniti.</p>
                </div>
            </div>
            
            <!-- Question 2 -->
            <div class="question-reponse">
                <div class="question" id="questionTwo">
                    <h4>Comment faire pour résiler ?<i class="fa fa-caret-down" aria-hidden="true"></i></h4>
                </div>
                <div class="reponse" id="repTwo">
                    <p>Pour résilier il s'agit simplement de passé votre courier via un 49/3 et de ...<br />
                    Lorem ipsum dolor sit amet, consectetur adipisicing elit. Fugiat enim beatae at velit voluptates deleniti.</p>
                </div>
            </div>
            
            <!-- Question 3 -->
            <div class="question-reponse">
                <div class="question" id="questionThree">
                    <h4>Comment devenir superman ?<i class="fa fa-caret-down" aria-hidden="true"></i></h4>
                </div>
                <div class="reponse" id="repThree">
                    <p>Pour devenir superman rien de plus facile, vous devez simplement restez-vous même !!<br />
                    Lorem ipsum dolor sit amet, consectetur adipisicing elit. Fugiat enim beatae at velit voluptates deleniti.</p>
                </div>
            </div>
        </div>

        <script src="../../../vendor/js/jquery-3.2.1.min.js"></script>
        <!-- Ma version -->
        <script src="js/script-faq.js"></script>
        <!-- Version Corrigé -->
        <!-- <script src="js/script-faq.correction.js"></script> -->
    </body>
</html>