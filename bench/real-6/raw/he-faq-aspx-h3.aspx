<%@ Page Title="" Language="C#" MasterPageFile="~/pages/Master.Master" AutoEventWireup="true" CodeBehind="faq.aspx.cs" Inherits="Cosmos.pages.faq" %>
<asp:Content ID="Content1" ContentPlaceHolderID="head" runat="server">
</asp:Content>
<asp:Content ID="Content2" ContentPlaceHolderID="ContentPlaceHolder1" runat="server">
    
    <div style="text-align:center">
        <h1>שאלות נפוצות שנשאלו:</h1>
        <br />
        <h3>מי אתם?</h3>
        <p>אנחנו קוסמוס! ותוכלו ללמוד עוד עלינו בדף <a href="about.aspx">האודות</a></p>
        <br />
        <h3>מהי איכות הקורסים שלכם?</h3>
        <p>זו שאלה שקצת קשה לענות עליה! אנחנו אוספים חומר לימודי מכל מיני סוגים ומרכזים אותם באתרינו, אך באופן כללי איכות הקורסים טובה.</p>
        <br />
        <h3>מהי עלות הקורסים אצלכם?</h3>
        <p>אנחנו מאמינים שידע צריך להיות בחינם, ולכן כל התכנים באתר זמינים ללא עלות לכל המשתמשים!</p>
        <br />
    </div>
</asp:Content>
