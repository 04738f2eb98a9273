<?php
require_once 'includes/header.php';
?>

<h2>الأسئلة الشائعة</h2>

<div class="faq-item">
    <h4>ما هي منصة FlexAuto؟</h4>
    <p>هي منصة إلكترونية تقدم خدمات متخصصة لورش صيانة السيارات مثل طلب الأكواد البرمجية، تعديل ECU، ومسح بيانات الحوادث.</p>
</div>

<div class="faq-item">
    <h4>هل يجب أن أكون مسجلاً للاستفادة من الخدمات؟</h4>
    <p>نعم، يجب إنشاء حساب لتتمكن من إرسال الطلبات ومتابعتها.</p>
</div>

<div class="faq-item">
    <h4>ما أنواع الملفات التي يمكنني رفعها؟</h4>
    <p>يمكنك رفع ملفات بصيغ bin، hex، ori، mod، ولا يزيد حجم الملف عن 3 ميجابايت.</p>
</div>

<div class="faq-item">
    <h4>هل يتم الرد على كل الطلبات فورًا؟</h4>
    <p>نحن نسعى لمعالجة كل الطلبات خلال 24 إلى 48 ساعة كحد أقصى.</p>
</div>

<div class="faq-item">
    <h4>كيف يمكنني التواصل مع الدعم؟</h4>
    <p>يمكنك استخدام صفحة <a href="contact.php">تواصل معنا</a> أو إرسال رسالة من خلال لوحة التحكم الخاصة بك بعد تسجيل الدخول.</p>
</div>

<style>
.faq-item {
    margin-bottom: 25px;
    padding: 15px;
    background-color: #f4f4f4;
    border-radius: 6px;
}
.faq-item h4 {
    color: #004080;
}
</style>

<?php require_once 'includes/footer.php'; ?>
